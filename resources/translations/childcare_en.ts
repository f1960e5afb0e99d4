<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Live board</source>
            <translation>Live board</translation>
        </message>
        <message>
            <source>Children on the board</source>
            <translation>Children on the board</translation>
        </message>
        <message>
            <source>No program</source>
            <translation>No program</translation>
        </message>
        <message>
            <source>In now {n} / {cap}</source>
            <translation>In now {n} / {cap}</translation>
        </message>
        <message>
            <source>Staff {on} · needed {need} (1:{ratio})</source>
            <translation>Staff {on} · needed {need} (1:{ratio})</translation>
        </message>
        <message>
            <source>Expected {exp} · absent {abs} · gone home {gone}</source>
            <translation>Expected {exp} · absent {abs} · gone home {gone}</translation>
        </message>
        <message>
            <source>Closing time {time} has passed: {n} not signed out — {names}</source>
            <translation>Closing time {time} has passed: {n} not signed out — {names}</translation>
        </message>
        <message>
            <source>Not arrived, no absence recorded: {names}</source>
            <translation>Not arrived, no absence recorded: {names}</translation>
        </message>
        <message>
            <source>{group}: in {n} of {total}</source>
            <translation>{group}: in {n} of {total}</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>NOT SIGNED OUT (in since {time})</source>
            <translation>NOT SIGNED OUT (in since {time})</translation>
        </message>
        <message>
            <source>Not arrived, no absence recorded</source>
            <translation>Not arrived, no absence recorded</translation>
        </message>
        <message>
            <source>In since {time}</source>
            <translation>In since {time}</translation>
        </message>
        <message>
            <source>alone</source>
            <translation>alone</translation>
        </message>
        <message>
            <source>Gone {time} · {who}</source>
            <translation>Gone {time} · {who}</translation>
        </message>
        <message>
            <source>override</source>
            <translation>override</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <source>Edit child</source>
            <translation>Edit child</translation>
        </message>
        <message>
            <source>New child</source>
            <translation>New child</translation>
        </message>
        <message>
            <source>Child's name</source>
            <translation>Child's name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <source>Boy</source>
            <translation>Boy</translation>
        </message>
        <message>
            <source>Girl</source>
            <translation>Girl</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>e.g. 二年级</source>
            <translation>e.g. 二年级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>e.g. 3班</source>
            <translation>e.g. 3班</translation>
        </message>
        <message>
            <source>Allergy note (printed)</source>
            <translation>Allergy note (printed)</translation>
        </message>
        <message>
            <source>Short, printed on the sheet</source>
            <translation>Short, printed on the sheet</translation>
        </message>
        <message>
            <source>Private medical note (never printed)</source>
            <translation>Private medical note (never printed)</translation>
        </message>
        <message>
            <source>Only childcare staff can see the private medical note.</source>
            <translation>Only childcare staff can see the private medical note.</translation>
        </message>
        <message>
            <source>Health disclosure on file (健康状况告知书)</source>
            <translation>Health disclosure on file (健康状况告知书)</translation>
        </message>
        <message>
            <source>Safety agreement on file (安全责任协议)</source>
            <translation>Safety agreement on file (安全责任协议)</translation>
        </message>
        <message>
            <source>Child's resident record</source>
            <translation>Child's resident record</translation>
        </message>
        <message>
            <source>No resident record</source>
            <translation>No resident record</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>School, grade, class</source>
            <translation>School, grade, class</translation>
        </message>
        <message>
            <source>Allergy (may print)</source>
            <translation>Allergy (may print)</translation>
        </message>
        <message>
            <source>Medical note (private)</source>
            <translation>Medical note (private)</translation>
        </message>
        <message>
            <source>On file</source>
            <translation>On file</translation>
        </message>
        <message>
            <source>Resident record</source>
            <translation>Resident record</translation>
        </message>
        <message>
            <source>Adults and enrolments</source>
            <translation>Adults and enrolments</translation>
        </message>
        <message>
            <source>Adults: who may collect, who may not</source>
            <translation>Adults: who may collect, who may not</translation>
        </message>
        <message>
            <source>Adults on the child's list</source>
            <translation>Adults on the child's list</translation>
        </message>
        <message>
            <source>Add adult…</source>
            <translation>Add adult…</translation>
        </message>
        <message>
            <source>Edit adult…</source>
            <translation>Edit adult…</translation>
        </message>
        <message>
            <source>Remove from list…</source>
            <translation>Remove from list…</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Enrolments</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>Enrol…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Save the child first, then add the adults and the enrolments.</source>
            <translation>Save the child first, then add the adults and the enrolments.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2018-03-01.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2018-03-01.</translation>
        </message>
        <message>
            <source>Saved. Change something to save again, or Close.</source>
            <translation>Saved. Change something to save again, or Close.</translation>
        </message>
        <message>
            <source>Choose an adult first.</source>
            <translation>Choose an adult first.</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>Remove from list</translation>
        </message>
        <message>
            <source>Why is {name} removed from the list?</source>
            <translation>Why is {name} removed from the list?</translation>
        </message>
        <message>
            <source>Not approved: the block stays.</source>
            <translation>Not approved: the block stays.</translation>
        </message>
        <message>
            <source>Choose an enrolment first.</source>
            <translation>Choose an enrolment first.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Why is the child leaving {program}?</source>
            <translation>Why is the child leaving {program}?</translation>
        </message>
    </context>
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
            <source>not authorised that day</source>
            <translation>not authorised that day</translation>
        </message>
        <message>
            <source>emergency contact only</source>
            <translation>emergency contact only</translation>
        </message>
        <message>
            <source>no longer on the list</source>
            <translation>no longer on the list</translation>
        </message>
        <message>
            <source>alone without consent</source>
            <translation>alone without consent</translation>
        </message>
        <message>
            <source>not on the list</source>
            <translation>not on the list</translation>
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
            <source>This adult is not on the child's list.</source>
            <translation>This adult is not on the child's list.</translation>
        </message>
        <message>
            <source>Enter the name of the adult collecting the child.</source>
            <translation>Enter the name of the adult collecting the child.</translation>
        </message>
        <message>
            <source>The name contains a control character that cannot be stored; type it again.</source>
            <translation>The name contains a control character that cannot be stored; type it again.</translation>
        </message>
        <message>
            <source>Enter the adult's phone number or ID number.</source>
            <translation>Enter the adult's phone number or ID number.</translation>
        </message>
        <message>
            <source>This adult matches an adult who is BLOCKED from collecting this child (same person, phone, ID number or name). They cannot be added to the child's list.</source>
            <translation>This adult matches an adult who is BLOCKED from collecting this child (same person, phone, ID number or name). They cannot be added to the child's list.</translation>
        </message>
        <message>
            <source>Lifting a block (禁止接送) needs the approval of an administrator (another account) and a reason.</source>
            <translation>Lifting a block (禁止接送) needs the approval of an administrator (another account) and a reason.</translation>
        </message>
        <message>
            <source>{name} may not lift a block: only an administrator can.</source>
            <translation>{name} may not lift a block: only an administrator can.</translation>
        </message>
        <message>
            <source>The approval must come from another person: the approver cannot be the account recording it.</source>
            <translation>The approval must come from another person: the approver cannot be the account recording it.</translation>
        </message>
        <message>
            <source>{name} may not approve releasing a child: only childcare staff or an administrator can.</source>
            <translation>{name} may not approve releasing a child: only childcare staff or an administrator can.</translation>
        </message>
        <message>
            <source>{name} (not on the list: {details})</source>
            <translation>{name} (not on the list: {details})</translation>
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
            <source>Too many or too long group names.</source>
            <translation>Too many or too long group names.</translation>
        </message>
        <message>
            <source>The absence cut-off must lie within the daily window.</source>
            <translation>The absence cut-off must lie within the daily window.</translation>
        </message>
        <message>
            <source>No such program.</source>
            <translation>No such program.</translation>
        </message>
        <message>
            <source>Children are still enrolled in group {group}.</source>
            <translation>Children are still enrolled in group {group}.</translation>
        </message>
        <message>
            <source>Children are still enrolled with an option you removed.</source>
            <translation>Children are still enrolled with an option you removed.</translation>
        </message>
        <message>
            <source>Children are still enrolled on a weekday you removed.</source>
            <translation>Children are still enrolled on a weekday you removed.</translation>
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
            <source>This birth date is not a child's.</source>
            <translation>This birth date is not a child's.</translation>
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
            <source>{program} is full on those dates ({count} of {capacity}).</source>
            <translation>{program} is full on those dates ({count} of {capacity}).</translation>
        </message>
        <message>
            <source>Give the reason for the override.</source>
            <translation>Give the reason for the override.</translation>
        </message>
        <message>
            <source>This release was an override: correcting it needs the approval of another account that may approve overrides.</source>
            <translation>This release was an override: correcting it needs the approval of another account that may approve overrides.</translation>
        </message>
        <message>
            <source>{time} {adult} ({kind}): approved by {who}: {reason} — VOIDED by {by}: {why}</source>
            <translation>{time} {adult} ({kind}): approved by {who}: {reason} — VOIDED by {by}: {why}</translation>
        </message>
        <message>
            <source>Write one short name per staff member.</source>
            <translation>Write one short name per staff member.</translation>
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
            <source>Add a new contact for another adult.</source>
            <translation>Add a new contact for another adult.</translation>
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
            <source>[override approved by {who}]</source>
            <translation>[override approved by {who}]</translation>
        </message>
        <message>
            <source>[a release by override was voided]</source>
            <translation>[a release by override was voided]</translation>
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
            <source>Day's attendance record: {program}</source>
            <translation>Day's attendance record: {program}</translation>
        </message>
        <message>
            <source>Sign-in sheet: {program}</source>
            <translation>Sign-in sheet: {program}</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Group: {group}</translation>
        </message>
        <message>
            <source>all groups</source>
            <translation>all groups</translation>
        </message>
        <message>
            <source>Window: {start}–{end}</source>
            <translation>Window: {start}–{end}</translation>
        </message>
        <message>
            <source>Children: {n}</source>
            <translation>Children: {n}</translation>
        </message>
        <message>
            <source>Staff on duty: ____________    Checked by: ____________</source>
            <translation>Staff on duty: ____________    Checked by: ____________</translation>
        </message>
        <message>
            <source>Staff on duty: {names}    Checked by: ____________</source>
            <translation>Staff on duty: {names}    Checked by: ____________</translation>
        </message>
        <message>
            <source>Released by override: {n}</source>
            <translation>Released by override: {n}</translation>
        </message>
        <message>
            <source>{time} {child} → {adult} ({kind}): approved by {who}</source>
            <translation>{time} {child} → {adult} ({kind}): approved by {who}</translation>
        </message>
        <message>
            <source>Releases by override voided (corrected): {n}</source>
            <translation>Releases by override voided (corrected): {n}</translation>
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
        <message>
            <source>Releases by override: {n}</source>
            <translation>Releases by override: {n}</translation>
        </message>
        <message>
            <source>{day} {time} {child} → {adult} ({kind}): approved by {staff} — {reason}</source>
            <translation>{day} {time} {child} → {adult} ({kind}): approved by {staff} — {reason}</translation>
        </message>
        <message>
            <source>[VOIDED by {by}: {why}]</source>
            <translation>[VOIDED by {by}: {why}]</translation>
        </message>
    </context>
    <context>
        <name>ChildcareChildModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Grade and class</source>
            <translation>Grade and class</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergy</translation>
        </message>
        <message>
            <source>Enrolled in</source>
            <translation>Enrolled in</translation>
        </message>
    </context>
    <context>
        <name>ChildcareContactModel</name>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Consent to leave alone</source>
            <translation>Consent to leave alone</translation>
        </message>
        <message>
            <source>May collect today</source>
            <translation>May collect today</translation>
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
        <name>ChildcareEnrolmentModel</name>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>Weekdays</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
    </context>
    <context>
        <name>ChildcareForms</name>
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
            <source>Lunch</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <source>Nap</source>
            <translation>Nap</translation>
        </message>
        <message>
            <source>Homework tutoring</source>
            <translation>Homework tutoring</translation>
        </message>
        <message>
            <source>Pick-up from school</source>
            <translation>Pick-up from school</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Correct what is marked in red first.</source>
            <translation>Correct what is marked in red first.</translation>
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
            <source>Names, separated by commas, then Enter</source>
            <translation>Names, separated by commas, then Enter</translation>
        </message>
        <message>
            <source>Who is on duty today: the ratio counts them and the day's record prints them.</source>
            <translation>Who is on duty today: the ratio counts them and the day's record prints them.</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
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
            <source>Enter signs the child in, or out if they are in.</source>
            <translation>Enter signs the child in, or out if they are in.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>Leave empty for now, or write HH:MM to record an earlier time today.</source>
            <translation>Leave empty for now, or write HH:MM to record an earlier time today.</translation>
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
            <source>Group of the sheet</source>
            <translation>Group of the sheet</translation>
        </message>
        <message>
            <source>Which group's sign-in sheet to print.</source>
            <translation>Which group's sign-in sheet to print.</translation>
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
            <source>Release refused</source>
            <translation>Release refused</translation>
        </message>
        <message>
            <source>Today's figures</source>
            <translation>Today's figures</translation>
        </message>
        <message>
            <source>Sign in / out</source>
            <translation>Sign in / out</translation>
        </message>
        <message>
            <source>Live board</source>
            <translation>Live board</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Programs</source>
            <translation>Programs</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>This program has no groups.</source>
            <translation>This program has no groups.</translation>
        </message>
        <message>
            <source>Loading the day…</source>
            <translation>Loading the day…</translation>
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
            <source>Closing time {time} has passed: {n} not signed out — {names}</source>
            <translation>Closing time {time} has passed: {n} not signed out — {names}</translation>
        </message>
        <message>
            <source>Signed in already: sign out when the child leaves.</source>
            <translation>Signed in already: sign out when the child leaves.</translation>
        </message>
        <message>
            <source>Signed out already today.</source>
            <translation>Signed out already today.</translation>
        </message>
        <message>
            <source>Not signed in yet: sign in first.</source>
            <translation>Not signed in yet: sign in first.</translation>
        </message>
        <message>
            <source>BLOCKED — do not release {child} to {adult}: this adult may never collect the child and no override exists. The attempt has been recorded.</source>
            <translation>BLOCKED — do not release {child} to {adult}: this adult may never collect the child and no override exists. The attempt has been recorded.</translation>
        </message>
        <message>
            <source>— choose the adult —</source>
            <translation>— choose the adult —</translation>
        </message>
        <message>
            <source>ID ends {digits}</source>
            <translation>ID ends {digits}</translation>
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
            <source>{child} is not enrolled today.</source>
            <translation>{child} is not enrolled today.</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, e.g. 16:30, or leave it empty for now.</source>
            <translation>Write the time as HH:MM, e.g. 16:30, or leave it empty for now.</translation>
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
            <source>{child} signed out.</source>
            <translation>{child} signed out.</translation>
        </message>
        <message>
            <source>(override recorded)</source>
            <translation>(override recorded)</translation>
        </message>
        <message>
            <source>Preparing the PDF…</source>
            <translation>Preparing the PDF…</translation>
        </message>
    </context>
    <context>
        <name>ChildcareProfile</name>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>{child} is enrolled in {program} {group} until {end}</source>
            <translation>{child} is enrolled in {program} {group} until {end}</translation>
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
        <name>ChildcareProgramModel</name>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>Weekdays</translation>
        </message>
        <message>
            <source>Daily window</source>
            <translation>Daily window</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Children per staff</source>
            <translation>Children per staff</translation>
        </message>
    </context>
    <context>
        <name>ChildrenPanel</name>
        <message>
            <source>Find a child</source>
            <translation>Find a child</translation>
        </message>
        <message>
            <source>Name or school</source>
            <translation>Name or school</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>New child…</source>
            <translation>New child…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>Archive…</translation>
        </message>
        <message>
            <source>Choose a child first.</source>
            <translation>Choose a child first.</translation>
        </message>
        <message>
            <source>Archive child</source>
            <translation>Archive child</translation>
        </message>
        <message>
            <source>Why does {name} leave the center?</source>
            <translation>Why does {name} leave the center?</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit adult</source>
            <translation>Edit adult</translation>
        </message>
        <message>
            <source>Add an adult to the child's list</source>
            <translation>Add an adult to the child's list</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>e.g. 母亲, 外婆, 邻居</source>
            <translation>e.g. 母亲, 外婆, 邻居</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or empty</source>
            <translation>YYYY-MM-DD or empty</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <source>Today only</source>
            <translation>Today only</translation>
        </message>
        <message>
            <source>One-day authorisation for today</source>
            <translation>One-day authorisation for today</translation>
        </message>
        <message>
            <source>Last digits of ID checked</source>
            <translation>Last digits of ID checked</translation>
        </message>
        <message>
            <source>e.g. 1234</source>
            <translation>e.g. 1234</translation>
        </message>
        <message>
            <source>Written consent for the child to leave alone is on file</source>
            <translation>Written consent for the child to leave alone is on file</translation>
        </message>
        <message>
            <source>Adult *</source>
            <translation>Adult *</translation>
        </message>
        <message>
            <source>Valid (from – to)</source>
            <translation>Valid (from – to)</translation>
        </message>
        <message>
            <source>ID digits checked</source>
            <translation>ID digits checked</translation>
        </message>
        <message>
            <source>A guardian may collect the child and may give consent for them to leave alone.</source>
            <translation>A guardian may collect the child and may give consent for them to leave alone.</translation>
        </message>
        <message>
            <source>An authorised adult may collect the child on the valid days.</source>
            <translation>An authorised adult may collect the child on the valid days.</translation>
        </message>
        <message>
            <source>Called in an emergency; may NOT collect the child.</source>
            <translation>Called in an emergency; may NOT collect the child.</translation>
        </message>
        <message>
            <source>May never collect the child. The desk refuses them.</source>
            <translation>May never collect the child. The desk refuses them.</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</translation>
        </message>
        <message>
            <source>Find and choose the adult (register them as a resident first).</source>
            <translation>Find and choose the adult (register them as a resident first).</translation>
        </message>
        <message>
            <source>Lift the block</source>
            <translation>Lift the block</translation>
        </message>
        <message>
            <source>Why is the block (禁止接送) lifted?</source>
            <translation>Why is the block (禁止接送) lifted?</translation>
        </message>
        <message>
            <source>Not approved: the block stays.</source>
            <translation>Not approved: the block stays.</translation>
        </message>
        <message>
            <source>Lift a pick-up block (禁止接送). Reason: {reason} An administrator approves; not {name}.</source>
            <translation>Lift a pick-up block (禁止接送). Reason: {reason} An administrator approves; not {name}.</translation>
        </message>
    </context>
    <context>
        <name>ContactModel</name>
        <message>
            <source>always</source>
            <translation>always</translation>
        </message>
        <message>
            <source>{day} only</source>
            <translation>{day} only</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
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
            <source>[override]</source>
            <translation>[override]</translation>
        </message>
        <message>
            <source>Released by override: {who}</source>
            <translation>Released by override: {who}</translation>
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
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Change enrolment</source>
            <translation>Change enrolment</translation>
        </message>
        <message>
            <source>Enrol in a program</source>
            <translation>Enrol in a program</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Reason to enrol although full</source>
            <translation>Reason to enrol although full</translation>
        </message>
        <message>
            <source>Why enrol although full</source>
            <translation>Why enrol although full</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>Weekdays</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Dates (from – to)</source>
            <translation>Dates (from – to)</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Capacity override</source>
            <translation>Capacity override</translation>
        </message>
        <message>
            <source>(no groups)</source>
            <translation>(no groups)</translation>
        </message>
        <message>
            <source>Add a program first (Programs tab).</source>
            <translation>Add a program first (Programs tab).</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</translation>
        </message>
        <message>
            <source>Enter both dates.</source>
            <translation>Enter both dates.</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} of {capacity} places taken</translation>
        </message>
        <message>
            <source>The program is full: give a reason to enrol anyway.</source>
            <translation>The program is full: give a reason to enrol anyway.</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Edit program</source>
            <translation>Edit program</translation>
        </message>
        <message>
            <source>New program</source>
            <translation>New program</translation>
        </message>
        <message>
            <source>Program name</source>
            <translation>Program name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>Term starts</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>Term ends</translation>
        </message>
        <message>
            <source>Opens at</source>
            <translation>Opens at</translation>
        </message>
        <message>
            <source>Closes at</source>
            <translation>Closes at</translation>
        </message>
        <message>
            <source>Absence cut-off</source>
            <translation>Absence cut-off</translation>
        </message>
        <message>
            <source>HH:MM (empty: 30 minutes after opening)</source>
            <translation>HH:MM (empty: 30 minutes after opening)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>e.g. 一年级, 二年级 (may be empty)</source>
            <translation>e.g. 一年级, 二年级 (may be empty)</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Children per staff member</source>
            <translation>Children per staff member</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Term (from – to)</source>
            <translation>Term (from – to)</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>Weekdays</translation>
        </message>
        <message>
            <source>Daily window (opens – closes)</source>
            <translation>Daily window (opens – closes)</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 2026-09-01.</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, e.g. 16:30.</source>
            <translation>Write the time as HH:MM, e.g. 16:30.</translation>
        </message>
        <message>
            <source>Enter both term dates.</source>
            <translation>Enter both term dates.</translation>
        </message>
        <message>
            <source>Enter the opening and closing times.</source>
            <translation>Enter the opening and closing times.</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPanel</name>
        <message>
            <source>Programs</source>
            <translation>Programs</translation>
        </message>
        <message>
            <source>New program…</source>
            <translation>New program…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>Archive…</translation>
        </message>
        <message>
            <source>Choose a program first.</source>
            <translation>Choose a program first.</translation>
        </message>
        <message>
            <source>Archive program</source>
            <translation>Archive program</translation>
        </message>
        <message>
            <source>Why is {name} closed?</source>
            <translation>Why is {name} closed?</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <source>Release with a supervisor's approval</source>
            <translation>Release with a supervisor's approval</translation>
        </message>
        <message>
            <source>{child}: release to an adult the rules refuse, with the approval of childcare staff or an administrator. A blocked adult can never take the child.</source>
            <translation>{child}: release to an adult the rules refuse, with the approval of childcare staff or an administrator. A blocked adult can never take the child.</translation>
        </message>
        <message>
            <source>Adult collecting the child</source>
            <translation>Adult collecting the child</translation>
        </message>
        <message>
            <source>— choose the adult —</source>
            <translation>— choose the adult —</translation>
        </message>
        <message>
            <source>Alone (consent needed)</source>
            <translation>Alone (consent needed)</translation>
        </message>
        <message>
            <source>An adult not on the list…</source>
            <translation>An adult not on the list…</translation>
        </message>
        <message>
            <source>Name of the adult not on the list</source>
            <translation>Name of the adult not on the list</translation>
        </message>
        <message>
            <source>Phone of the adult</source>
            <translation>Phone of the adult</translation>
        </message>
        <message>
            <source>Phone, or the ID number below</source>
            <translation>Phone, or the ID number below</translation>
        </message>
        <message>
            <source>ID number of the adult</source>
            <translation>ID number of the adult</translation>
        </message>
        <message>
            <source>From the ID card shown; stored masked</source>
            <translation>From the ID card shown; stored masked</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Reason for the override</translation>
        </message>
        <message>
            <source>e.g. the mother phoned; called back on the number on file</source>
            <translation>e.g. the mother phoned; called back on the number on file</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Approve and release…</source>
            <translation>Approve and release…</translation>
        </message>
        <message>
            <source>Another person approves: {name} cannot approve their own release.</source>
            <translation>Another person approves: {name} cannot approve their own release.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the adult collecting the child first.</source>
            <translation>Choose the adult collecting the child first.</translation>
        </message>
        <message>
            <source>Enter the name of the adult collecting the child.</source>
            <translation>Enter the name of the adult collecting the child.</translation>
        </message>
        <message>
            <source>Enter the adult's phone number or ID number.</source>
            <translation>Enter the adult's phone number or ID number.</translation>
        </message>
        <message>
            <source>Give the reason for the override.</source>
            <translation>Give the reason for the override.</translation>
        </message>
        <message>
            <source>Release {child}: {refusal} Reason: {reason}</source>
            <translation>Release {child}: {refusal} Reason: {reason}</translation>
        </message>
        <message>
            <source>Not approved: the child has not been released.</source>
            <translation>Not approved: the child has not been released.</translation>
        </message>
    </context>
</TS>
