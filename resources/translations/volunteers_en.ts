<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HoursTab</name>
        <message>
            <source>Hours waiting for approval</source>
            <translation>Hours waiting for approval</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Last decision</source>
            <translation>Last decision</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Hours by month (PDF)</source>
            <translation>Hours by month (PDF)</translation>
        </message>
        <message>
            <source>Hours by month (Excel)</source>
            <translation>Hours by month (Excel)</translation>
        </message>
        <message>
            <source>Find a volunteer</source>
            <translation>Find a volunteer</translation>
        </message>
        <message>
            <source>Name, initials or phone, then Enter</source>
            <translation>Name, initials or phone, then Enter</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Day served</source>
            <translation>Day served</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>What the volunteer did, and why it is entered by hand</source>
            <translation>What the volunteer did, and why it is entered by hand</translation>
        </message>
        <message>
            <source>Add hours for approval</source>
            <translation>Add hours for approval</translation>
        </message>
        <message>
            <source>Hours served outside a shift</source>
            <translation>Hours served outside a shift</translation>
        </message>
        <message>
            <source>Day and hours</source>
            <translation>Day and hours</translation>
        </message>
        <message>
            <source>Choose the hours to decide first.</source>
            <translation>Choose the hours to decide first.</translation>
        </message>
        <message>
            <source>Reject hours</source>
            <translation>Reject hours</translation>
        </message>
        <message>
            <source>Why are these hours rejected?</source>
            <translation>Why are these hours rejected?</translation>
        </message>
        <message>
            <source>Approved: {names}, {hours} h ({n} in all).</source>
            <translation>Approved: {names}, {hours} h ({n} in all).</translation>
        </message>
        <message>
            <source>Rejected: {names}, {hours} h ({n} in all).</source>
            <translation>Rejected: {names}, {hours} h ({n} in all).</translation>
        </message>
        <message>
            <source>Selected now: {name}, {day}.</source>
            <translation>Selected now: {name}, {day}.</translation>
        </message>
        <message>
            <source>Find and choose the volunteer first.</source>
            <translation>Find and choose the volunteer first.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Volunteer hours by month</source>
            <translation>Volunteer hours by month</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>PendingHoursModel</name>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Class taught</source>
            <translation>Class taught</translation>
        </message>
        <message>
            <source>Forgotten check-out: scheduled length credited</source>
            <translation>Forgotten check-out: scheduled length credited</translation>
        </message>
    </context>
    <context>
        <name>QualificationsModel</name>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ Previous week</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Generate from weekly templates</source>
            <translation>Generate from weekly templates</translation>
        </message>
        <message>
            <source>Close today's shifts</source>
            <translation>Close today's shifts</translation>
        </message>
        <message>
            <source>Print roster</source>
            <translation>Print roster</translation>
        </message>
        <message>
            <source>Week roster</source>
            <translation>Week roster</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>People on the shift</source>
            <translation>People on the shift</translation>
        </message>
        <message>
            <source>Find a volunteer</source>
            <translation>Find a volunteer</translation>
        </message>
        <message>
            <source>Name, initials or phone, then Enter</source>
            <translation>Name, initials or phone, then Enter</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation>Add to waitlist</translation>
        </message>
        <message>
            <source>Drop…</source>
            <translation>Drop…</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Drop</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Check-in time</source>
            <translation>Check-in time</translation>
        </message>
        <message>
            <source>Check-out time</source>
            <translation>Check-out time</translation>
        </message>
        <message>
            <source>Cancel shift…</source>
            <translation>Cancel shift…</translation>
        </message>
        <message>
            <source>Cancel shift</source>
            <translation>Cancel shift</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Day of the week</source>
            <translation>Day of the week</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Minimum people</source>
            <translation>Minimum people</translation>
        </message>
        <message>
            <source>Maximum people</source>
            <translation>Maximum people</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>Required skills</translation>
        </message>
        <message>
            <source>e.g. first aid</source>
            <translation>e.g. first aid</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. first aid</source>
            <translation>Comma-separated, e.g. first aid</translation>
        </message>
        <message>
            <source>Add weekly shift</source>
            <translation>Add weekly shift</translation>
        </message>
        <message>
            <source>New post…</source>
            <translation>New post…</translation>
        </message>
        <message>
            <source>New post</source>
            <translation>New post</translation>
        </message>
        <message>
            <source>Date of a one-off shift</source>
            <translation>Date of a one-off shift</translation>
        </message>
        <message>
            <source>Add one-off shift</source>
            <translation>Add one-off shift</translation>
        </message>
        <message>
            <source>Weekly or one-off shift</source>
            <translation>Weekly or one-off shift</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>People (min – max)</source>
            <translation>People (min – max)</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>{n} shifts added to this week.</source>
            <translation>{n} shifts added to this week.</translation>
        </message>
        <message>
            <source>{forgotten} forgotten check-outs sent to review, {absent} no-shows recorded.</source>
            <translation>{forgotten} forgotten check-outs sent to review, {absent} no-shows recorded.</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>Volunteer roster</translation>
        </message>
        <message>
            <source>Choose a shift and a volunteer first.</source>
            <translation>Choose a shift and a volunteer first.</translation>
        </message>
        <message>
            <source>Sign-up refused</source>
            <translation>Sign-up refused</translation>
        </message>
        <message>
            <source>To override, give a reason (leave empty to cancel):</source>
            <translation>To override, give a reason (leave empty to cancel):</translation>
        </message>
        <message>
            <source>This shift still has room: sign the volunteer up instead.</source>
            <translation>This shift still has room: sign the volunteer up instead.</translation>
        </message>
        <message>
            <source>Drop from the shift</source>
            <translation>Drop from the shift</translation>
        </message>
        <message>
            <source>Why is {name} dropped?</source>
            <translation>Why is {name} dropped?</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist.</source>
            <translation>{name} moved up from the waitlist.</translation>
        </message>
        <message>
            <source>Choose a shift first.</source>
            <translation>Choose a shift first.</translation>
        </message>
        <message>
            <source>Why is this shift cancelled? The volunteers on it should be told.</source>
            <translation>Why is this shift cancelled? The volunteers on it should be told.</translation>
        </message>
        <message>
            <source>Name of the post</source>
            <translation>Name of the post</translation>
        </message>
    </context>
    <context>
        <name>ShiftPeopleModel</name>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>Waitlist #{n}</source>
            <translation>Waitlist #{n}</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Checked out</source>
            <translation>Checked out</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
    </context>
    <context>
        <name>Volunteers</name>
        <message>
            <source>Residents' requests (party member claims)</source>
            <translation>Residents' requests (party member claims)</translation>
        </message>
        <message>
            <source>Teaching classes and activities</source>
            <translation>Teaching classes and activities</translation>
        </message>
        <message>
            <source>Other community service</source>
            <translation>Other community service</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>The volunteer was not found.</source>
            <translation>The volunteer was not found.</translation>
        </message>
        <message>
            <source>There are no approved hours for this volunteer in this period; no certificate issued.</source>
            <translation>There are no approved hours for this volunteer in this period; no certificate issued.</translation>
        </message>
        <message>
            <source>Resident ID card</source>
            <translation>Resident ID card</translation>
        </message>
        <message>
            <source>This certificate was never issued.</source>
            <translation>This certificate was never issued.</translation>
        </message>
        <message>
            <source>Volunteer Service Record Certificate</source>
            <translation>Volunteer Service Record Certificate</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>This is to certify that {name} ({id_type} {id_number}, volunteer number {vnum}) took part in volunteer service organised by {org} from {start} to {end}, with approved service hours totalling {hours} hours.</source>
            <translation>This is to certify that {name} ({id_type} {id_number}, volunteer number {vnum}) took part in volunteer service organised by {org} from {start} to {end}, with approved service hours totalling {hours} hours.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Service content:</source>
            <translation>Service content:</translation>
        </message>
        <message>
            <source>{hours} hours</source>
            <translation>{hours} hours</translation>
        </message>
        <message>
            <source>Total approved hours</source>
            <translation>Total approved hours</translation>
        </message>
        <message>
            <source>Special certificate.</source>
            <translation>Special certificate.</translation>
        </message>
        <message>
            <source>Issuing organisation: {org}</source>
            <translation>Issuing organisation: {org}</translation>
        </message>
        <message>
            <source>Person in charge: {name}</source>
            <translation>Person in charge: {name}</translation>
        </message>
        <message>
            <source>Contact: {phone}</source>
            <translation>Contact: {phone}</translation>
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
            <source>Only approved hours are counted. Certificate number {number} can be verified with the issuer.</source>
            <translation>Only approved hours are counted. Certificate number {number} can be verified with the issuer.</translation>
        </message>
        <message>
            <source>The resident was not found.</source>
            <translation>The resident was not found.</translation>
        </message>
        <message>
            <source>Minutes must be between 1 and 1440 (24 hours).</source>
            <translation>Minutes must be between 1 and 1440 (24 hours).</translation>
        </message>
        <message>
            <source>Hours cannot be recorded for a day in the future.</source>
            <translation>Hours cannot be recorded for a day in the future.</translation>
        </message>
        <message>
            <source>This would make more than 24 hours on {day} for this volunteer.</source>
            <translation>This would make more than 24 hours on {day} for this volunteer.</translation>
        </message>
        <message>
            <source>Unknown source of hours.</source>
            <translation>Unknown source of hours.</translation>
        </message>
        <message>
            <source>The hours entry was not found.</source>
            <translation>The hours entry was not found.</translation>
        </message>
        <message>
            <source>These hours have already been decided.</source>
            <translation>These hours have already been decided.</translation>
        </message>
        <message>
            <source>Give a reason for rejecting the hours.</source>
            <translation>Give a reason for rejecting the hours.</translation>
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
            <source>[short]</source>
            <translation>[short]</translation>
        </message>
        <message>
            <source>+{n} waiting</source>
            <translation>+{n} waiting</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>Volunteer roster</translation>
        </message>
        <message>
            <source>Week of {start} to {end}</source>
            <translation>Week of {start} to {end}</translation>
        </message>
        <message>
            <source>(booked/maximum); [short]: below the minimum number of people</source>
            <translation>(booked/maximum); [short]: below the minimum number of people</translation>
        </message>
        <message>
            <source>Volunteer hours by month</source>
            <translation>Volunteer hours by month</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>Approved hours</translation>
        </message>
        <message>
            <source>Pending hours</source>
            <translation>Pending hours</translation>
        </message>
        <message>
            <source>Total approved hours: {hours}</source>
            <translation>Total approved hours: {hours}</translation>
        </message>
        <message>
            <source>Total pending hours: {hours}</source>
            <translation>Total pending hours: {hours}</translation>
        </message>
        <message>
            <source>Hours have one decimal, rounded half up from the minutes; lines are shared out so that they add up to the total.</source>
            <translation>Hours have one decimal, rounded half up from the minutes; lines are shared out so that they add up to the total.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Approved minutes</source>
            <translation>Approved minutes</translation>
        </message>
        <message>
            <source>Pending minutes</source>
            <translation>Pending minutes</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>University student</source>
            <translation>University student</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Canteen serving</source>
            <translation>Canteen serving</translation>
        </message>
        <message>
            <source>Homework tutoring</source>
            <translation>Homework tutoring</translation>
        </message>
        <message>
            <source>Front desk</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>Service station</translation>
        </message>
        <message>
            <source>Door-to-door visits</source>
            <translation>Door-to-door visits</translation>
        </message>
        <message>
            <source>{start}-next day {end}</source>
            <translation>{start}-next day {end}</translation>
        </message>
        <message>
            <source>Times are written as HH:MM, e.g. 09:30.</source>
            <translation>Times are written as HH:MM, e.g. 09:30.</translation>
        </message>
        <message>
            <source>Choose the type of volunteer.</source>
            <translation>Choose the type of volunteer.</translation>
        </message>
        <message>
            <source>A university student needs a school and a student number.</source>
            <translation>A university student needs a school and a student number.</translation>
        </message>
        <message>
            <source>Each qualification needs a name, listed once.</source>
            <translation>Each qualification needs a name, listed once.</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>The consent date cannot be in the future.</translation>
        </message>
        <message>
            <source>A volunteer under 18 needs a guardian's name and the date of the guardian's consent.</source>
            <translation>A volunteer under 18 needs a guardian's name and the date of the guardian's consent.</translation>
        </message>
        <message>
            <source>This resident is already registered as a volunteer.</source>
            <translation>This resident is already registered as a volunteer.</translation>
        </message>
        <message>
            <source>{name} (expired {day})</source>
            <translation>{name} (expired {day})</translation>
        </message>
        <message>
            <source>Give the post a name.</source>
            <translation>Give the post a name.</translation>
        </message>
        <message>
            <source>A post with this name already exists.</source>
            <translation>A post with this name already exists.</translation>
        </message>
        <message>
            <source>This volunteer already has a shift on {day} {time} that overlaps.</source>
            <translation>This volunteer already has a shift on {day} {time} that overlaps.</translation>
        </message>
        <message>
            <source>The maximum number of people must be at least 1 and not below the minimum.</source>
            <translation>The maximum number of people must be at least 1 and not below the minimum.</translation>
        </message>
        <message>
            <source>The post was not found.</source>
            <translation>The post was not found.</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Give a reason.</translation>
        </message>
        <message>
            <source>A shift must end after it starts (an end before the start means the next day).</source>
            <translation>A shift must end after it starts (an end before the start means the next day).</translation>
        </message>
        <message>
            <source>The shift was not found.</source>
            <translation>The shift was not found.</translation>
        </message>
        <message>
            <source>Someone has checked in on this shift; it cannot be cancelled.</source>
            <translation>Someone has checked in on this shift; it cannot be cancelled.</translation>
        </message>
        <message>
            <source>Choose a day of the week.</source>
            <translation>Choose a day of the week.</translation>
        </message>
        <message>
            <source>Generate at most one year at a time.</source>
            <translation>Generate at most one year at a time.</translation>
        </message>
        <message>
            <source>This volunteer is under 18 and has no guardian's consent on file.</source>
            <translation>This volunteer is under 18 and has no guardian's consent on file.</translation>
        </message>
        <message>
            <source>This volunteer is already on this shift.</source>
            <translation>This volunteer is already on this shift.</translation>
        </message>
        <message>
            <source>This shift requires {needs}, which this volunteer lacks. Override with a reason if they may serve anyway.</source>
            <translation>This shift requires {needs}, which this volunteer lacks. Override with a reason if they may serve anyway.</translation>
        </message>
        <message>
            <source>This shift is full ({count} people). Put the volunteer on the waitlist or override with a reason.</source>
            <translation>This shift is full ({count} people). Put the volunteer on the waitlist or override with a reason.</translation>
        </message>
        <message>
            <source>The sign-up was not found.</source>
            <translation>The sign-up was not found.</translation>
        </message>
        <message>
            <source>A volunteer who has checked in cannot be dropped.</source>
            <translation>A volunteer who has checked in cannot be dropped.</translation>
        </message>
        <message>
            <source>The check-out ({out}) must be at least a minute after the check-in ({in_}): enter the time the volunteer left.</source>
            <translation>The check-out ({out}) must be at least a minute after the check-in ({in_}): enter the time the volunteer left.</translation>
        </message>
        <message>
            <source>Only a booked volunteer can check in.</source>
            <translation>Only a booked volunteer can check in.</translation>
        </message>
        <message>
            <source>This volunteer has already checked in.</source>
            <translation>This volunteer has already checked in.</translation>
        </message>
        <message>
            <source>A check-in cannot be in the future.</source>
            <translation>A check-in cannot be in the future.</translation>
        </message>
        <message>
            <source>This volunteer has not checked in.</source>
            <translation>This volunteer has not checked in.</translation>
        </message>
        <message>
            <source>This volunteer has already checked out.</source>
            <translation>This volunteer has already checked out.</translation>
        </message>
        <message>
            <source>A check-out cannot be in the future.</source>
            <translation>A check-out cannot be in the future.</translation>
        </message>
        <message>
            <source>Only a booked volunteer can be marked as not shown.</source>
            <translation>Only a booked volunteer can be marked as not shown.</translation>
        </message>
        <message>
            <source>Say what the volunteer did.</source>
            <translation>Say what the volunteer did.</translation>
        </message>
    </context>
    <context>
        <name>VolunteersModel</name>
        <message>
            <source>{name} (expired {day})</source>
            <translation>{name} (expired {day})</translation>
        </message>
        <message>
            <source>{name} (until {day})</source>
            <translation>{name} (until {day})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Qualifications</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archived)</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Week roster</source>
            <translation>Week roster</translation>
        </message>
        <message>
            <source>Hours to approve</source>
            <translation>Hours to approve</translation>
        </message>
        <message>
            <source>Volunteers and certificates</source>
            <translation>Volunteers and certificates</translation>
        </message>
    </context>
    <context>
        <name>VolunteersProfile</name>
        <message>
            <source>Volunteer service</source>
            <translation>Volunteer service</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>Approved hours</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Shifts</translation>
        </message>
        <message>
            <source>Residents' requests</source>
            <translation>Residents' requests</translation>
        </message>
        <message>
            <source>Other service</source>
            <translation>Other service</translation>
        </message>
        <message>
            <source>Classes taught</source>
            <translation>Classes taught</translation>
        </message>
    </context>
    <context>
        <name>VolunteersTab</name>
        <message>
            <source>Find a volunteer</source>
            <translation>Find a volunteer</translation>
        </message>
        <message>
            <source>Name, initials, phone or volunteer number</source>
            <translation>Name, initials, phone or volunteer number</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Edit selected</source>
            <translation>Edit selected</translation>
        </message>
        <message>
            <source>New volunteer</source>
            <translation>New volunteer</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>Archive…</translation>
        </message>
        <message>
            <source>Archive volunteer</source>
            <translation>Archive volunteer</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Find the resident, then Enter</source>
            <translation>Find the resident, then Enter</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>Party branch</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Comma-separated</source>
            <translation>Comma-separated</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>e.g. weekday afternoons, weekends</source>
            <translation>e.g. weekday afternoons, weekends</translation>
        </message>
        <message>
            <source>Volunteer number (志愿汇 / i志愿)</source>
            <translation>Volunteer number (志愿汇 / i志愿)</translation>
        </message>
        <message>
            <source>Guardian (under 18)</source>
            <translation>Guardian (under 18)</translation>
        </message>
        <message>
            <source>Guardian's consent on</source>
            <translation>Guardian's consent on</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Qualifications</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>e.g. first-aid certificate</source>
            <translation>e.g. first-aid certificate</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add qualification</source>
            <translation>Add qualification</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove qualification</source>
            <translation>Remove qualification</translation>
        </message>
        <message>
            <source>Register volunteer</source>
            <translation>Register volunteer</translation>
        </message>
        <message>
            <source>Register a volunteer</source>
            <translation>Register a volunteer</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Print the full ID number (recorded)</source>
            <translation>Print the full ID number (recorded)</translation>
        </message>
        <message>
            <source>Print the full ID number</source>
            <translation>Print the full ID number</translation>
        </message>
        <message>
            <source>Issue certificate</source>
            <translation>Issue certificate</translation>
        </message>
        <message>
            <source>Volunteer service record certificate</source>
            <translation>Volunteer service record certificate</translation>
        </message>
        <message>
            <source>Edit volunteer: {name}</source>
            <translation>Edit volunteer: {name}</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Type the name of the qualification.</source>
            <translation>Type the name of the qualification.</translation>
        </message>
        <message>
            <source>Find and choose the resident first.</source>
            <translation>Find and choose the resident first.</translation>
        </message>
        <message>
            <source>Choose a volunteer first.</source>
            <translation>Choose a volunteer first.</translation>
        </message>
        <message>
            <source>{name} is archived already.</source>
            <translation>{name} is archived already.</translation>
        </message>
        <message>
            <source>Why does {name} stop volunteering? Their bookings on coming shifts are dropped.</source>
            <translation>Why does {name} stop volunteering? Their bookings on coming shifts are dropped.</translation>
        </message>
        <message>
            <source>{name} archived; {n} coming bookings dropped.</source>
            <translation>{name} archived; {n} coming bookings dropped.</translation>
        </message>
        <message>
            <source>Certificate {number}</source>
            <translation>Certificate {number}</translation>
        </message>
    </context>
</TS>
