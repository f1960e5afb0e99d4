<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Childcare</name>
        <message>
            <source>Day care (托管)</source>
            <translation>Day care (托管)</translation>
        </message>
        <message>
            <source>After-school class (四点半课堂)</source>
            <translation>After-school class (四点半课堂)</translation>
        </message>
        <message>
            <source>Summer care (暑托班)</source>
            <translation>Summer care (暑托班)</translation>
        </message>
        <message>
            <source>Evening care (晚托班)</source>
            <translation>Evening care (晚托班)</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Authorised pick-up</source>
            <translation>Authorised pick-up</translation>
        </message>
        <message>
            <source>Emergency only</source>
            <translation>Emergency only</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <source>This adult is no longer on the child's list.</source>
            <translation>This adult is no longer on the child's list.</translation>
        </message>
        <message>
            <source>This adult is BLOCKED from collecting the child. Do not release the child.</source>
            <translation>This adult is BLOCKED from collecting the child. Do not release the child.</translation>
        </message>
        <message>
            <source>This adult is an emergency contact only and is not authorised to collect the child.</source>
            <translation>This adult is an emergency contact only and is not authorised to collect the child.</translation>
        </message>
        <message>
            <source>This adult's authorisation starts on {day}.</source>
            <translation>This adult's authorisation starts on {day}.</translation>
        </message>
        <message>
            <source>This adult's authorisation ended on {day}.</source>
            <translation>This adult's authorisation ended on {day}.</translation>
        </message>
        <message>
            <source>This child may not leave alone: no guardian's written consent is on file.</source>
            <translation>This child may not leave alone: no guardian's written consent is on file.</translation>
        </message>
        <message>
            <source>Give the program a name.</source>
            <translation>Give the program a name.</translation>
        </message>
        <message>
            <source>Choose the type of program.</source>
            <translation>Choose the type of program.</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>The term ends before it starts.</translation>
        </message>
        <message>
            <source>The daily window must open before it closes.</source>
            <translation>The daily window must open before it closes.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Choose at least one weekday.</translation>
        </message>
        <message>
            <source>Capacity must be at least 1.</source>
            <translation>Capacity must be at least 1.</translation>
        </message>
        <message>
            <source>The ratio must be at least one child per staff member.</source>
            <translation>The ratio must be at least one child per staff member.</translation>
        </message>
        <message>
            <source>Unknown program option.</source>
            <translation>Unknown program option.</translation>
        </message>
        <message>
            <source>Group names must be different and contain no commas.</source>
            <translation>Group names must be different and contain no commas.</translation>
        </message>
        <message>
            <source>No such program.</source>
            <translation>No such program.</translation>
        </message>
        <message>
            <source>Enter the child's name.</source>
            <translation>Enter the child's name.</translation>
        </message>
        <message>
            <source>Choose the child's gender.</source>
            <translation>Choose the child's gender.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>The birth date is in the future.</translation>
        </message>
        <message>
            <source>Keep the allergy note short (60 characters at most).</source>
            <translation>Keep the allergy note short (60 characters at most).</translation>
        </message>
        <message>
            <source>Only childcare staff may record the medical note.</source>
            <translation>Only childcare staff may record the medical note.</translation>
        </message>
        <message>
            <source>The linked resident record does not exist.</source>
            <translation>The linked resident record does not exist.</translation>
        </message>
        <message>
            <source>Choose the contact's role.</source>
            <translation>Choose the contact's role.</translation>
        </message>
        <message>
            <source>The authorisation ends before it starts.</source>
            <translation>The authorisation ends before it starts.</translation>
        </message>
        <message>
            <source>Enter up to six last digits of the ID number.</source>
            <translation>Enter up to six last digits of the ID number.</translation>
        </message>
        <message>
            <source>Only a guardian can give consent for the child to leave alone.</source>
            <translation>Only a guardian can give consent for the child to leave alone.</translation>
        </message>
        <message>
            <source>No such child.</source>
            <translation>No such child.</translation>
        </message>
        <message>
            <source>Unknown adult: register them as a resident first.</source>
            <translation>Unknown adult: register them as a resident first.</translation>
        </message>
        <message>
            <source>This adult is already on the child's list.</source>
            <translation>This adult is already on the child's list.</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Give a reason.</translation>
        </message>
        <message>
            <source>No such contact.</source>
            <translation>No such contact.</translation>
        </message>
        <message>
            <source>Choose one of the program's groups.</source>
            <translation>Choose one of the program's groups.</translation>
        </message>
        <message>
            <source>Choose weekdays on which the program runs.</source>
            <translation>Choose weekdays on which the program runs.</translation>
        </message>
        <message>
            <source>The enrolment dates must lie within the program's term.</source>
            <translation>The enrolment dates must lie within the program's term.</translation>
        </message>
        <message>
            <source>The program does not offer that option.</source>
            <translation>The program does not offer that option.</translation>
        </message>
        <message>
            <source>{child} is already enrolled in {program} at overlapping days and times.</source>
            <translation>{child} is already enrolled in {program} at overlapping days and times.</translation>
        </message>
        <message>
            <source>{program} is full ({count} of {capacity}). Give a reason to enrol anyway.</source>
            <translation>{program} is full ({count} of {capacity}). Give a reason to enrol anyway.</translation>
        </message>
        <message>
            <source>No such enrolment.</source>
            <translation>No such enrolment.</translation>
        </message>
        <message>
            <source>This code is not from a childcare sign-in sheet.</source>
            <translation>This code is not from a childcare sign-in sheet.</translation>
        </message>
        <message>
            <source>The time is in the future.</source>
            <translation>The time is in the future.</translation>
        </message>
        <message>
            <source>Unknown adult: this person is not on the child's list.</source>
            <translation>Unknown adult: this person is not on the child's list.</translation>
        </message>
        <message>
            <source>Unknown sign-in method.</source>
            <translation>Unknown sign-in method.</translation>
        </message>
        <message>
            <source>{child} is not enrolled today.</source>
            <translation>{child} is not enrolled today.</translation>
        </message>
        <message>
            <source>{time} is outside today's window ({start}–{end}).</source>
            <translation>{time} is outside today's window ({start}–{end}).</translation>
        </message>
        <message>
            <source>{child} is already signed in today.</source>
            <translation>{child} is already signed in today.</translation>
        </message>
        <message>
            <source>Choose the adult collecting the child.</source>
            <translation>Choose the adult collecting the child.</translation>
        </message>
        <message>
            <source>An override needs both a staff name and a reason.</source>
            <translation>An override needs both a staff name and a reason.</translation>
        </message>
        <message>
            <source>{child} has not been signed in today.</source>
            <translation>{child} has not been signed in today.</translation>
        </message>
        <message>
            <source>{child} has already been signed out today.</source>
            <translation>{child} has already been signed out today.</translation>
        </message>
        <message>
            <source>The sign-out time is before the sign-in time.</source>
            <translation>The sign-out time is before the sign-in time.</translation>
        </message>
        <message>
            <source>Give a reason for the correction.</source>
            <translation>Give a reason for the correction.</translation>
        </message>
        <message>
            <source>No such attendance record.</source>
            <translation>No such attendance record.</translation>
        </message>
        <message>
            <source>Correct the sign-out first.</source>
            <translation>Correct the sign-out first.</translation>
        </message>
        <message>
            <source>Choose the reason for the absence.</source>
            <translation>Choose the reason for the absence.</translation>
        </message>
        <message>
            <source>The day is in the future.</source>
            <translation>The day is in the future.</translation>
        </message>
        <message>
            <source>{child} is already signed in or marked absent.</source>
            <translation>{child} is already signed in or marked absent.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergy</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Brought by</source>
            <translation>Brought by</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>(left alone)</source>
            <translation>(left alone)</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>[override: {who}]</source>
            <translation>[override: {who}]</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Sign-in sheet: {program}</source>
            <translation>Sign-in sheet: {program}</translation>
        </message>
        <message>
            <source>{day} {weekday}  Group: {group}  Window: {start}–{end}  Children: {n}</source>
            <translation>{day} {weekday}  Group: {group}  Window: {start}–{end}  Children: {n}</translation>
        </message>
        <message>
            <source>Staff on duty: ____________    Checked by: ____________</source>
            <translation>Staff on duty: ____________    Checked by: ____________</translation>
        </message>
        <message>
            <source>Record printed {at}.</source>
            <translation>Record printed {at}.</translation>
        </message>
        <message>
            <source>no sign-out</source>
            <translation>no sign-out</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Weekly attendance: {program}</source>
            <translation>Weekly attendance: {program}</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Week of {day}</translation>
        </message>
        <message>
            <source>Attendances: {n}  Missing sign-outs: {m}</source>
            <translation>Attendances: {n}  Missing sign-outs: {m}</translation>
        </message>
    </context>
    <context>
        <name>ChildcareDayModel</name>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Collected by</translation>
        </message>
    </context>
    <context>
        <name>ChildcarePage</name>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Find or scan a child</source>
            <translation>Find or scan a child</translation>
        </message>
        <message>
            <source>Name, or scan the code on the sheet, then Enter</source>
            <translation>Name, or scan the code on the sheet, then Enter</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>Staff on duty</translation>
        </message>
        <message>
            <source>Today's children</source>
            <translation>Today's children</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Release with override…</source>
            <translation>Release with override…</translation>
        </message>
        <message>
            <source>Absence reason</source>
            <translation>Absence reason</translation>
        </message>
        <message>
            <source>Notified by family</source>
            <translation>Notified by family</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Sick</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Mark absent</source>
            <translation>Mark absent</translation>
        </message>
        <message>
            <source>Blank sheet</source>
            <translation>Blank sheet</translation>
        </message>
        <message>
            <source>Day's record</source>
            <translation>Day's record</translation>
        </message>
        <message>
            <source>Week summary</source>
            <translation>Week summary</translation>
        </message>
        <message>
            <source>In now: {n} / capacity {cap} · expected {exp} · absent {abs} · gone {gone}</source>
            <translation>In now: {n} / capacity {cap} · expected {exp} · absent {abs} · gone {gone}</translation>
        </message>
        <message>
            <source>staff needed {need}</source>
            <translation>staff needed {need}</translation>
        </message>
        <message>
            <source>Alone (consent needed)</source>
            <translation>Alone (consent needed)</translation>
        </message>
        <message>
            <source>This code is from the sheet of {day}, not today.</source>
            <translation>This code is from the sheet of {day}, not today.</translation>
        </message>
        <message>
            <source>No child enrolled today matches “{text}”.</source>
            <translation>No child enrolled today matches “{text}”.</translation>
        </message>
        <message>
            <source>Choose a child first.</source>
            <translation>Choose a child first.</translation>
        </message>
        <message>
            <source>{child} signed in.</source>
            <translation>{child} signed in.</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Override</translation>
        </message>
        <message>
            <source>Staff member taking responsibility</source>
            <translation>Staff member taking responsibility</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Reason for the override</translation>
        </message>
        <message>
            <source>{child} signed out.</source>
            <translation>{child} signed out.</translation>
        </message>
        <message>
            <source>(override recorded)</source>
            <translation>(override recorded)</translation>
        </message>
    </context>
    <context>
        <name>ChildcareProfile</name>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>Children and pick-up authorisations</source>
            <translation>Children and pick-up authorisations</translation>
        </message>
        <message>
            <source>valid {start} – {end}</source>
            <translation>valid {start} – {end}</translation>
        </message>
        <message>
            <source>not valid today</source>
            <translation>not valid today</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Gone home</source>
            <translation>Gone home</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>(alone)</source>
            <translation>(alone)</translation>
        </message>
        <message>
            <source>Closing time has passed and this child is not signed out.</source>
            <translation>Closing time has passed and this child is not signed out.</translation>
        </message>
        <message>
            <source>Not arrived and no absence recorded after the cut-off time.</source>
            <translation>Not arrived and no absence recorded after the cut-off time.</translation>
        </message>
    </context>
</TS>
