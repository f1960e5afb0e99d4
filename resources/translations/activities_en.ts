<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>This code is not from a class sign-in sheet.</source>
            <translation>This code is not from a class sign-in sheet.</translation>
        </message>
        <message>
            <source>The session was not found.</source>
            <translation>The session was not found.</translation>
        </message>
        <message>
            <source>This session was cancelled.</source>
            <translation>This session was cancelled.</translation>
        </message>
        <message>
            <source>This session has not taken place yet.</source>
            <translation>This session has not taken place yet.</translation>
        </message>
        <message>
            <source>{names} signed up on {since}, after this session ({day}); they cannot be marked present at it.</source>
            <translation>{names} signed up on {since}, after this session ({day}); they cannot be marked present at it.</translation>
        </message>
        <message>
            <source>Only residents signed up for the course can be ticked.</source>
            <translation>Only residents signed up for the course can be ticked.</translation>
        </message>
        <message>
            <source>Unticked on the list</source>
            <translation>Unticked on the list</translation>
        </message>
        <message>
            <source>Unknown way of taking attendance.</source>
            <translation>Unknown way of taking attendance.</translation>
        </message>
        <message>
            <source>The resident was not found.</source>
            <translation>The resident was not found.</translation>
        </message>
        <message>
            <source>{name} is not signed up for {course}.</source>
            <translation>{name} is not signed up for {course}.</translation>
        </message>
        <message>
            <source>This code is from the sheet of another session.</source>
            <translation>This code is from the sheet of another session.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Class sign-in sheet: {course}</source>
            <translation>Class sign-in sheet: {course}</translation>
        </message>
        <message>
            <source>{day} {time}  Place: {place}  Teacher: {teacher}  Signed up: {n}</source>
            <translation>{day} {time}  Place: {place}  Teacher: {teacher}  Signed up: {n}</translation>
        </message>
        <message>
            <source>Present: ______    Taken by: ____________    Teacher: ____________</source>
            <translation>Present: ______    Taken by: ____________    Teacher: ____________</translation>
        </message>
        <message>
            <source>The course was not found.</source>
            <translation>The course was not found.</translation>
        </message>
        <message>
            <source>A one-off event has no completion certificates.</source>
            <translation>A one-off event has no completion certificates.</translation>
        </message>
        <message>
            <source>No session of this course has been held yet.</source>
            <translation>No session of this course has been held yet.</translation>
        </message>
        <message>
            <source>The course has not finished yet: its term ends on {end}. Certificates can be issued once it is over.</source>
            <translation>The course has not finished yet: its term ends on {end}. Certificates can be issued once it is over.</translation>
        </message>
        <message>
            <source>The course has not finished yet: its last session ({day}) has not been held (no attendance taken). Certificates can be issued once it is over.</source>
            <translation>The course has not finished yet: its last session ({day}) has not been held (no attendance taken). Certificates can be issued once it is over.</translation>
        </message>
        <message>
            <source>Nobody has attended {percent}% of the {held} sessions of the term; no certificate issued.</source>
            <translation>Nobody has attended {percent}% of the {held} sessions of the term; no certificate issued.</translation>
        </message>
        <message>
            <source>Certificate of Completion</source>
            <translation>Certificate of Completion</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>{name} took part in {course} ({kind}) from {start} to {end}, attended {attended} of its {sessions} sessions and has completed the course.</source>
            <translation>{name} took part in {course} ({kind}) from {start} to {end}, attended {attended} of its {sessions} sessions and has completed the course.</translation>
        </message>
        <message>
            <source>This certificate is hereby awarded.</source>
            <translation>This certificate is hereby awarded.</translation>
        </message>
        <message>
            <source>Teacher: {name}</source>
            <translation>Teacher: {name}</translation>
        </message>
        <message>
            <source>Person in charge: {name}</source>
            <translation>Person in charge: {name}</translation>
        </message>
        <message>
            <source>Date of issue: {day}</source>
            <translation>Date of issue: {day}</translation>
        </message>
        <message>
            <source>(seal)</source>
            <translation>(seal)</translation>
        </message>
        <message>
            <source>Classes and activities by kind</source>
            <translation>Classes and activities by kind</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Courses running</source>
            <translation>Courses running</translation>
        </message>
        <message>
            <source>Sign-ups</source>
            <translation>Sign-ups</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Sessions held</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Attendance rate</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Classes and activities</source>
            <translation>Classes and activities</translation>
        </message>
        <message>
            <source>Senior college course</source>
            <translation>Senior college course</translation>
        </message>
        <message>
            <source>Arts or sports group</source>
            <translation>Arts or sports group</translation>
        </message>
        <message>
            <source>Interest class</source>
            <translation>Interest class</translation>
        </message>
        <message>
            <source>One-off event</source>
            <translation>One-off event</translation>
        </message>
        <message>
            <source>No teacher</source>
            <translation>No teacher</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Partner organisation's teacher</source>
            <translation>Partner organisation's teacher</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Signed up</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Waitlist</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>{start}–next day {end}</source>
            <translation>{start}–next day {end}</translation>
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
            <source>Give the course a name.</source>
            <translation>Give the course a name.</translation>
        </message>
        <message>
            <source>Choose what kind of course or activity this is.</source>
            <translation>Choose what kind of course or activity this is.</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>The term ends before it starts.</translation>
        </message>
        <message>
            <source>The start time must be within the day (00:00–23:59).</source>
            <translation>The start time must be within the day (00:00–23:59).</translation>
        </message>
        <message>
            <source>A session must end after it starts.</source>
            <translation>A session must end after it starts.</translation>
        </message>
        <message>
            <source>The capacity must be at least one person.</source>
            <translation>The capacity must be at least one person.</translation>
        </message>
        <message>
            <source>The fee cannot be negative; 0 means free.</source>
            <translation>The fee cannot be negative; 0 means free.</translation>
        </message>
        <message>
            <source>The highest age is below the lowest age.</source>
            <translation>The highest age is below the lowest age.</translation>
        </message>
        <message>
            <source>Unknown resident category: {tags}</source>
            <translation>Unknown resident category: {tags}</translation>
        </message>
        <message>
            <source>A one-off event has one session, not a weekly schedule.</source>
            <translation>A one-off event has one session, not a weekly schedule.</translation>
        </message>
        <message>
            <source>Choose who teaches.</source>
            <translation>Choose who teaches.</translation>
        </message>
        <message>
            <source>Find and choose the teacher.</source>
            <translation>Find and choose the teacher.</translation>
        </message>
        <message>
            <source>{name} is not a volunteer; register them at the volunteers counter first.</source>
            <translation>{name} is not a volunteer; register them at the volunteers counter first.</translation>
        </message>
        <message>
            <source>Choose the partner organisation.</source>
            <translation>Choose the partner organisation.</translation>
        </message>
        <message>
            <source>Type the outside teacher's name.</source>
            <translation>Type the outside teacher's name.</translation>
        </message>
        <message>
            <source>The group was not found.</source>
            <translation>The group was not found.</translation>
        </message>
        <message>
            <source>The schedule changed.</source>
            <translation>The schedule changed.</translation>
        </message>
        <message>
            <source>{name} is already entered with the same term, time and place ({schedule}, {place}). Open that course to change it instead.</source>
            <translation>{name} is already entered with the same term, time and place ({schedule}, {place}). Open that course to change it instead.</translation>
        </message>
        <message>
            <source>no place given</source>
            <translation>no place given</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Give a reason.</translation>
        </message>
        <message>
            <source>Attendance was taken at this session; it cannot be cancelled.</source>
            <translation>Attendance was taken at this session; it cannot be cancelled.</translation>
        </message>
        <message>
            <source>Every {days} {times}</source>
            <translation>Every {days} {times}</translation>
        </message>
        <message>
            <source>aged {low}–{high}</source>
            <translation>aged {low}–{high}</translation>
        </message>
        <message>
            <source>{low}+</source>
            <translation>{low}+</translation>
        </message>
        <message>
            <source>up to {high}</source>
            <translation>up to {high}</translation>
        </message>
        <message>
            <source>This course has an age condition and {name}'s date of birth is not on record.</source>
            <translation>This course has an age condition and {name}'s date of birth is not on record.</translation>
        </message>
        <message>
            <source>{name} was {age} when the course began ({start}); it is for people aged {low} and over.</source>
            <translation>{name} was {age} when the course began ({start}); it is for people aged {low} and over.</translation>
        </message>
        <message>
            <source>{name} was {age} when the course began ({start}); it is for people up to {high}.</source>
            <translation>{name} was {age} when the course began ({start}); it is for people up to {high}.</translation>
        </message>
        <message>
            <source>{name} is not in the category this course is for: {tags}.</source>
            <translation>{name} is not in the category this course is for: {tags}.</translation>
        </message>
        <message>
            <source>This course has ended; sign-ups are closed.</source>
            <translation>This course has ended; sign-ups are closed.</translation>
        </message>
        <message>
            <source>{name} is already signed up.</source>
            <translation>{name} is already signed up.</translation>
        </message>
        <message>
            <source>{name} is already on the waitlist.</source>
            <translation>{name} is already on the waitlist.</translation>
        </message>
        <message>
            <source>{course} is full ({capacity} places). Put {name} on the waitlist?</source>
            <translation>{course} is full ({capacity} places). Put {name} on the waitlist?</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <source>Choose cash, WeChat Pay or Alipay.</source>
            <translation>Choose cash, WeChat Pay or Alipay.</translation>
        </message>
        <message>
            <source>This course is free: there is no fee to take.</source>
            <translation>This course is free: there is no fee to take.</translation>
        </message>
        <message>
            <source>A resident on the waitlist pays only when a place comes to them.</source>
            <translation>A resident on the waitlist pays only when a place comes to them.</translation>
        </message>
        <message>
            <source>This sign-up was withdrawn: no fee is taken for it.</source>
            <translation>This sign-up was withdrawn: no fee is taken for it.</translation>
        </message>
        <message>
            <source>The fee for this place is already paid.</source>
            <translation>The fee for this place is already paid.</translation>
        </message>
        <message>
            <source>No fee was paid for this place: there is nothing to refund.</source>
            <translation>No fee was paid for this place: there is nothing to refund.</translation>
        </message>
        <message>
            <source>The fee for this place was already refunded.</source>
            <translation>The fee for this place was already refunded.</translation>
        </message>
        <message>
            <source>The sign-up was not found.</source>
            <translation>The sign-up was not found.</translation>
        </message>
        <message>
            <source>The fee is {fee}, not {amount}.</source>
            <translation>The fee is {fee}, not {amount}.</translation>
        </message>
        <message>
            <source>Say why the fee is refunded.</source>
            <translation>Say why the fee is refunded.</translation>
        </message>
        <message>
            <source>Refunded {amount}</source>
            <translation>Refunded {amount}</translation>
        </message>
        <message>
            <source>Paid {amount} ({receipt})</source>
            <translation>Paid {amount} ({receipt})</translation>
        </message>
        <message>
            <source>Pays when a place comes</source>
            <translation>Pays when a place comes</translation>
        </message>
        <message>
            <source>Unpaid {amount}</source>
            <translation>Unpaid {amount}</translation>
        </message>
        <message>
            <source>Give the event a name.</source>
            <translation>Give the event a name.</translation>
        </message>
        <message>
            <source>Add at least one participant.</source>
            <translation>Add at least one participant.</translation>
        </message>
        <message>
            <source>An event is recorded once it has taken place.</source>
            <translation>An event is recorded once it has taken place.</translation>
        </message>
        <message>
            <source>The audience cannot be negative.</source>
            <translation>The audience cannot be negative.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Classes and activities</source>
            <translation>Classes and activities</translation>
        </message>
        <message>
            <source>Courses and sign-up</source>
            <translation>Courses and sign-up</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Events and performances</source>
            <translation>Events and performances</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesProfile</name>
        <message>
            <source>Classes and activities</source>
            <translation>Classes and activities</translation>
        </message>
        <message>
            <source>teaches; {held} sessions held</source>
            <translation>teaches; {held} sessions held</translation>
        </message>
        <message>
            <source>took part on {day}</source>
            <translation>took part on {day}</translation>
        </message>
        <message>
            <source>{status}; attended {attended} of {held}</source>
            <translation>{status}; attended {attended} of {held}</translation>
        </message>
    </context>
    <context>
        <name>ActivityAttendanceModel</name>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Sheet code</source>
            <translation>Sheet code</translation>
        </message>
    </context>
    <context>
        <name>ActivityCoursesModel</name>
        <message>
            <source>Course or group</source>
            <translation>Course or group</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Signed up</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Waitlist</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Free</translation>
        </message>
    </context>
    <context>
        <name>ActivityEnrolmentsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>Signed up on</source>
            <translation>Signed up on</translation>
        </message>
    </context>
    <context>
        <name>ActivityFees</name>
        <message>
            <source>{course} costs {fee}. Take the fee in cash now? (No: sign up now, pay later.)</source>
            <translation>{course} costs {fee}. Take the fee in cash now? (No: sign up now, pay later.)</translation>
        </message>
        <message>
            <source>Course fee</source>
            <translation>Course fee</translation>
        </message>
        <message>
            <source>Take {fee} in cash from {name} for {course}?</source>
            <translation>Take {fee} in cash from {name} for {course}?</translation>
        </message>
        <message>
            <source>{fee} taken from {name}: receipt {receipt}.</source>
            <translation>{fee} taken from {name}: receipt {receipt}.</translation>
        </message>
        <message>
            <source>Refund the course fee</source>
            <translation>Refund the course fee</translation>
        </message>
        <message>
            <source>Why is {fee} given back to {name}?</source>
            <translation>Why is {fee} given back to {name}?</translation>
        </message>
        <message>
            <source>Give {fee} back to {name}.</source>
            <translation>Give {fee} back to {name}.</translation>
        </message>
    </context>
    <context>
        <name>ActivitySessionsModel</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Find by name or scan the sheet code</source>
            <translation>Find by name or scan the sheet code</translation>
        </message>
        <message>
            <source>Name, or scan the code on the sign-in sheet, then Enter</source>
            <translation>Name, or scan the code on the sign-in sheet, then Enter</translation>
        </message>
        <message>
            <source>Last mark</source>
            <translation>Last mark</translation>
        </message>
        <message>
            <source>Tick list</source>
            <translation>Tick list</translation>
        </message>
        <message>
            <source>Save ticks</source>
            <translation>Save ticks</translation>
        </message>
        <message>
            <source>Print sign-in sheet</source>
            <translation>Print sign-in sheet</translation>
        </message>
        <message>
            <source>No one signed up matches “{text}”.</source>
            <translation>No one signed up matches “{text}”.</translation>
        </message>
        <message>
            <source>Several match “{text}”: type more of the name.</source>
            <translation>Several match “{text}”: type more of the name.</translation>
        </message>
        <message>
            <source>{name} was already marked present.</source>
            <translation>{name} was already marked present.</translation>
        </message>
        <message>
            <source>{name} is present.</source>
            <translation>{name} is present.</translation>
        </message>
        <message>
            <source>Saved: {added} ticked, {voided} unticked.</source>
            <translation>Saved: {added} ticked, {voided} unticked.</translation>
        </message>
        <message>
            <source>Sign-in sheet {day}</source>
            <translation>Sign-in sheet {day}</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Change course</source>
            <translation>Change course</translation>
        </message>
        <message>
            <source>New course or group</source>
            <translation>New course or group</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. 老年大学·书法班</source>
            <translation>e.g. 老年大学·书法班</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>Term starts</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>Term ends</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Starts at</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Length in minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Fee in yuan (empty or 0: free)</source>
            <translation>Fee in yuan (empty or 0: free)</translation>
        </message>
        <message>
            <source>Lowest age</source>
            <translation>Lowest age</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>for</source>
            <translation>for</translation>
        </message>
        <message>
            <source>Fee (yuan)</source>
            <translation>Fee (yuan)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Age (whole years)</source>
            <translation>Age (whole years)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Teacher's name</source>
            <translation>Teacher's name</translation>
        </message>
        <message>
            <source>Highest age</source>
            <translation>Highest age</translation>
        </message>
        <message>
            <source>Residents' category</source>
            <translation>Residents' category</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Find the teacher</source>
            <translation>Find the teacher</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Partner organisation</translation>
        </message>
        <message>
            <source>Outside teacher's name</source>
            <translation>Outside teacher's name</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Weekly on (none: one session)</source>
            <translation>Weekly on (none: one session)</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Write the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Write the time as HH:MM.</source>
            <translation>Write the time as HH:MM.</translation>
        </message>
        <message>
            <source>Write the fee in yuan, e.g. 120 or 120.50.</source>
            <translation>Write the fee in yuan, e.g. 120 or 120.50.</translation>
        </message>
        <message>
            <source>The fee cannot be negative; 0 means free.</source>
            <translation>The fee cannot be negative; 0 means free.</translation>
        </message>
        <message>
            <source>Give the course a name.</source>
            <translation>Give the course a name.</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>The term ends before it starts.</translation>
        </message>
        <message>
            <source>A session must end after it starts.</source>
            <translation>A session must end after it starts.</translation>
        </message>
        <message>
            <source>The capacity must be at least one person.</source>
            <translation>The capacity must be at least one person.</translation>
        </message>
        <message>
            <source>The highest age is below the lowest age.</source>
            <translation>The highest age is below the lowest age.</translation>
        </message>
    </context>
    <context>
        <name>CoursesTab</name>
        <message>
            <source>Courses and groups</source>
            <translation>Courses and groups</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>New course…</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>New course</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Change course</source>
            <translation>Change course</translation>
        </message>
        <message>
            <source>End course…</source>
            <translation>End course…</translation>
        </message>
        <message>
            <source>End course</source>
            <translation>End course</translation>
        </message>
        <message>
            <source>Completion certificates</source>
            <translation>Completion certificates</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Chosen course</source>
            <translation>Chosen course</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Signed up</translation>
        </message>
        <message>
            <source>Find the resident to sign up</source>
            <translation>Find the resident to sign up</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Withdraw the chosen person</source>
            <translation>Withdraw the chosen person</translation>
        </message>
        <message>
            <source>Take fee…</source>
            <translation>Take fee…</translation>
        </message>
        <message>
            <source>Take the chosen person's fee</source>
            <translation>Take the chosen person's fee</translation>
        </message>
        <message>
            <source>Refund fee…</source>
            <translation>Refund fee…</translation>
        </message>
        <message>
            <source>Refund the chosen fee</source>
            <translation>Refund the chosen fee</translation>
        </message>
        <message>
            <source>Last sign-up</source>
            <translation>Last sign-up</translation>
        </message>
        <message>
            <source>Choose the person whose fee is paid.</source>
            <translation>Choose the person whose fee is paid.</translation>
        </message>
        <message>
            <source>Choose the person whose fee is refunded.</source>
            <translation>Choose the person whose fee is refunded.</translation>
        </message>
        <message>
            <source>No course yet.</source>
            <translation>No course yet.</translation>
        </message>
        <message>
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <source>{name}: {booked}/{capacity} signed up, {waiting} waiting; {fee}. {conditions}</source>
            <translation>{name}: {booked}/{capacity} signed up, {waiting} waiting; {fee}. {conditions}</translation>
        </message>
        <message>
            <source>Choose the course and find the resident first.</source>
            <translation>Choose the course and find the resident first.</translation>
        </message>
        <message>
            <source>{name} is on the waitlist of {course}: number {n} in line.</source>
            <translation>{name} is on the waitlist of {course}: number {n} in line.</translation>
        </message>
        <message>
            <source>{name} is signed up for {course}.</source>
            <translation>{name} is signed up for {course}.</translation>
        </message>
        <message>
            <source>Signed up; fee taken, receipt {receipt}.</source>
            <translation>Signed up; fee taken, receipt {receipt}.</translation>
        </message>
        <message>
            <source>Choose the person to withdraw.</source>
            <translation>Choose the person to withdraw.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Why does {name} withdraw?</source>
            <translation>Why does {name} withdraw?</translation>
        </message>
        <message>
            <source>Withdrawn before the term began: give {fee} back to {name}.</source>
            <translation>Withdrawn before the term began: give {fee} back to {name}.</translation>
        </message>
        <message>
            <source>{name} has moved up from the waitlist and now has a place on {course}. Phone: {phone}.</source>
            <translation>{name} has moved up from the waitlist and now has a place on {course}. Phone: {phone}.</translation>
        </message>
        <message>
            <source>not on record</source>
            <translation>not on record</translation>
        </message>
        <message>
            <source>Moved up from the waitlist</source>
            <translation>Moved up from the waitlist</translation>
        </message>
        <message>
            <source>Why does {name} end?</source>
            <translation>Why does {name} end?</translation>
        </message>
        <message>
            <source>Completion certificates: {name}</source>
            <translation>Completion certificates: {name}</translation>
        </message>
    </context>
    <context>
        <name>EventsTab</name>
        <message>
            <source>Events and performances</source>
            <translation>Events and performances</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Starts at</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Length in minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Group that performed</source>
            <translation>Group that performed</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>Find a participant</translation>
        </message>
        <message>
            <source>Add the group's members</source>
            <translation>Add the group's members</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Record the event</source>
            <translation>Record the event</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Give a reason.</translation>
        </message>
    </context>
</TS>
