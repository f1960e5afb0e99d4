<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>The first administrator</translation>
        </message>
        <message>
            <source>There are no built-in passwords: choose this one yourself and keep it safe.</source>
            <translation>There are no built-in passwords: choose this one yourself and keep it safe.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Community Desk</source>
            <translation>Community Desk</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Database server settings…</source>
            <translation>Database server settings…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>{user}: {password} ({roles} · {name})</source>
            <translation>{user}: {password} ({roles} · {name})</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Audit entry #{id} was changed after it was written.</source>
            <translation>Audit entry #{id} was changed after it was written.</translation>
        </message>
        <message>
            <source>The audit chain is broken before entry #{id}: an entry before it was removed or changed.</source>
            <translation>The audit chain is broken before entry #{id}: an entry before it was removed or changed.</translation>
        </message>
        <message>
            <source>Audit entry #{id} has no seal: it was not written by Community Desk.</source>
            <translation>Audit entry #{id} has no seal: it was not written by Community Desk.</translation>
        </message>
        <message>
            <source>Audit entries after #{id} were removed (the newest entry written was #{head}).</source>
            <translation>Audit entries after #{id} were removed (the newest entry written was #{head}).</translation>
        </message>
        <message>
            <source>Audit entries were removed: the outside anchor recorded entries up to #{head}, the trail now ends at #{id}.</source>
            <translation>Audit entries were removed: the outside anchor recorded entries up to #{head}, the trail now ends at #{id}.</translation>
        </message>
        <message>
            <source>The audit trail was rewritten and sealed again: entry #{id} differs from the outside anchor.</source>
            <translation>The audit trail was rewritten and sealed again: entry #{id} differs from the outside anchor.</translation>
        </message>
        <message>
            <source>The audit chain's head is missing: the trail cannot be vouched for.</source>
            <translation>The audit chain's head is missing: the trail cannot be vouched for.</translation>
        </message>
        <message>
            <source>The audit trail is intact: {n} entries checked.</source>
            <translation>The audit trail is intact: {n} entries checked.</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Override</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>Import from a spreadsheet</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>Failed sign-in</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Full ID number shown</source>
            <translation>Full ID number shown</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Approval failed</source>
            <translation>Approval failed</translation>
        </message>
        <message>
            <source>Approval refused</source>
            <translation>Approval refused</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>Account enabled</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Day reopened</source>
            <translation>Day reopened</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>Day closed</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>Filled in</source>
            <translation>Filled in</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Reprinted</source>
            <translation>Reprinted</translation>
        </message>
        <message>
            <source>Card topped up</source>
            <translation>Card topped up</translation>
        </message>
        <message>
            <source>Card refunded</source>
            <translation>Card refunded</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Audit protection restored</source>
            <translation>Audit protection restored</translation>
        </message>
        <message>
            <source>Blocked adult refused</source>
            <translation>Blocked adult refused</translation>
        </message>
        <message>
            <source>Pick-up block lifted</source>
            <translation>Pick-up block lifted</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Child signed in</source>
            <translation>Child signed in</translation>
        </message>
        <message>
            <source>Child signed out</source>
            <translation>Child signed out</translation>
        </message>
        <message>
            <source>Marked absent</source>
            <translation>Marked absent</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Claimed</translation>
        </message>
        <message>
            <source>Work started</source>
            <translation>Work started</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Waiting for resident</source>
            <translation>Waiting for resident</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Resumed</translation>
        </message>
        <message>
            <source>Extension asked</source>
            <translation>Extension asked</translation>
        </message>
        <message>
            <source>Extension decided</source>
            <translation>Extension decided</translation>
        </message>
        <message>
            <source>Issued again</source>
            <translation>Issued again</translation>
        </message>
        <message>
            <source>Hours approved</source>
            <translation>Hours approved</translation>
        </message>
        <message>
            <source>Hours rejected</source>
            <translation>Hours rejected</translation>
        </message>
        <message>
            <source>Taken off the shift</source>
            <translation>Taken off the shift</translation>
        </message>
        <message>
            <source>Moved up from waitlist</source>
            <translation>Moved up from waitlist</translation>
        </message>
        <message>
            <source>Course fee paid</source>
            <translation>Course fee paid</translation>
        </message>
        <message>
            <source>Course fee refunded</source>
            <translation>Course fee refunded</translation>
        </message>
        <message>
            <source>Volunteer checked in</source>
            <translation>Volunteer checked in</translation>
        </message>
        <message>
            <source>Volunteer checked out</source>
            <translation>Volunteer checked out</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>District copy lent (SIP2)</source>
            <translation>District copy lent (SIP2)</translation>
        </message>
        <message>
            <source>District copy returned (SIP2)</source>
            <translation>District copy returned (SIP2)</translation>
        </message>
        <message>
            <source>District copy renewed (SIP2)</source>
            <translation>District copy renewed (SIP2)</translation>
        </message>
        <message>
            <source>Kept district transaction sent (SIP2)</source>
            <translation>Kept district transaction sent (SIP2)</translation>
        </message>
        <message>
            <source>Refused district transaction resolved</source>
            <translation>Refused district transaction resolved</translation>
        </message>
        <message>
            <source>Book lent</source>
            <translation>Book lent</translation>
        </message>
        <message>
            <source>Book returned</source>
            <translation>Book returned</translation>
        </message>
        <message>
            <source>Loan renewed</source>
            <translation>Loan renewed</translation>
        </message>
        <message>
            <source>Hold placed</source>
            <translation>Hold placed</translation>
        </message>
        <message>
            <source>Taken out of the collection</source>
            <translation>Taken out of the collection</translation>
        </message>
        <message>
            <source>Catalogue import</source>
            <translation>Catalogue import</translation>
        </message>
        <message>
            <source>Reminder slips printed</source>
            <translation>Reminder slips printed</translation>
        </message>
        <message>
            <source>Closed without a follow-up answer</source>
            <translation>Closed without a follow-up answer</translation>
        </message>
        <message>
            <source>Book room fine paid</source>
            <translation>Book room fine paid</translation>
        </message>
        <message>
            <source>Book room fine waived</source>
            <translation>Book room fine waived</translation>
        </message>
        <message>
            <source>Book room fine record undone</source>
            <translation>Book room fine record undone</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dismissed</translation>
        </message>
        <message>
            <source>Turned into a visit request</source>
            <translation>Turned into a visit request</translation>
        </message>
        <message>
            <source>Marked done</source>
            <translation>Marked done</translation>
        </message>
        <message>
            <source>Health record opened</source>
            <translation>Health record opened</translation>
        </message>
        <message>
            <source>Closed as lost to follow-up</source>
            <translation>Closed as lost to follow-up</translation>
        </message>
    </context>
    <context>
        <name>AuditFields</name>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Further counters' sections</source>
            <translation>Further counters' sections</translation>
        </message>
        <message>
            <source>First issued</source>
            <translation>First issued</translation>
        </message>
        <message>
            <source>Identical to the first issue</source>
            <translation>Identical to the first issue</translation>
        </message>
        <message>
            <source>Issue record</source>
            <translation>Issue record</translation>
        </message>
        <message>
            <source>PDF fingerprint (SHA-256)</source>
            <translation>PDF fingerprint (SHA-256)</translation>
        </message>
        <message>
            <source>Excel fingerprint (SHA-256)</source>
            <translation>Excel fingerprint (SHA-256)</translation>
        </message>
        <message>
            <source>Full ID numbers and phones</source>
            <translation>Full ID numbers and phones</translation>
        </message>
        <message>
            <source>Full ID numbers</source>
            <translation>Full ID numbers</translation>
        </message>
        <message>
            <source>Full phones</source>
            <translation>Full phones</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>Local resident</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Emergency contact</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Emergency phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>Center name</translation>
        </message>
        <message>
            <source>Center address</source>
            <translation>Center address</translation>
        </message>
        <message>
            <source>Center phone</source>
            <translation>Center phone</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Receipt paper width</source>
            <translation>Receipt paper width</translation>
        </message>
        <message>
            <source>Idle lock minutes</source>
            <translation>Idle lock minutes</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Backups kept</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Claimed by</source>
            <translation>Claimed by</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Days waited</source>
            <translation>Days waited</translation>
        </message>
        <message>
            <source>Undecided extension ended (working days)</source>
            <translation>Undecided extension ended (working days)</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Partner organisation</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Source reference</source>
            <translation>Source reference</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <translation>Follow-up plan</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Earlier signing</source>
            <translation>Earlier signing</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Renewal due</source>
            <translation>Renewal due</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Bought by</source>
            <translation>Bought by</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>Self-paid</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Left alone</source>
            <translation>Left alone</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Approver account</source>
            <translation>Approver account</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
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
            <source>Starts on</source>
            <translation>Starts on</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Ends on</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Total minutes</source>
            <translation>Total minutes</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>By source</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Reprints</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Set-up completed</source>
            <translation>Set-up completed</translation>
        </message>
        <message>
            <source>Bookings dropped</source>
            <translation>Bookings dropped</translation>
        </message>
        <message>
            <source>Time clash</source>
            <translation>Time clash</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Full</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
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
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Book copy</source>
            <translation>Book copy</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>Reader card</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Loan period (days)</source>
            <translation>Loan period (days)</translation>
        </message>
        <message>
            <source>Books per reader</source>
            <translation>Books per reader</translation>
        </message>
        <message>
            <source>Renewals per loan</source>
            <translation>Renewals per loan</translation>
        </message>
        <message>
            <source>No loans while books are overdue</source>
            <translation>No loans while books are overdue</translation>
        </message>
        <message>
            <source>Fines charged</source>
            <translation>Fines charged</translation>
        </message>
        <message>
            <source>Fine per day (fen)</source>
            <translation>Fine per day (fen)</translation>
        </message>
        <message>
            <source>Borrowing on one's own card from age</source>
            <translation>Borrowing on one's own card from age</translation>
        </message>
    </context>
    <context>
        <name>AuditRecords</name>
        <message>
            <source>Staff account</source>
            <translation>Staff account</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Calendar day</source>
            <translation>Calendar day</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Database server</source>
            <translation>Database server</translation>
        </message>
        <message>
            <source>Meal ticket</source>
            <translation>Meal ticket</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>Meal card</translation>
        </message>
        <message>
            <source>Meal booking</source>
            <translation>Meal booking</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Subsidy rule</source>
            <translation>Subsidy rule</translation>
        </message>
        <message>
            <source>Kitchen list</source>
            <translation>Kitchen list</translation>
        </message>
        <message>
            <source>Canteen day close</source>
            <translation>Canteen day close</translation>
        </message>
        <message>
            <source>Subsidy settlement</source>
            <translation>Subsidy settlement</translation>
        </message>
        <message>
            <source>Canteen demo data</source>
            <translation>Canteen demo data</translation>
        </message>
        <message>
            <source>Childcare demo data</source>
            <translation>Childcare demo data</translation>
        </message>
        <message>
            <source>Childcare program</source>
            <translation>Childcare program</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>District monthly report</source>
            <translation>District monthly report</translation>
        </message>
        <message>
            <source>Child's contact</source>
            <translation>Child's contact</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <source>Sign-in/out record</source>
            <translation>Sign-in/out record</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>Staff on duty</translation>
        </message>
        <message>
            <source>Childcare sheet</source>
            <translation>Childcare sheet</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Building council</source>
            <translation>Building council</translation>
        </message>
        <message>
            <source>Council role</source>
            <translation>Council role</translation>
        </message>
        <message>
            <source>三带一联 link</source>
            <translation>三带一联 link</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Council meeting</source>
            <translation>Council meeting</translation>
        </message>
        <message>
            <source>Meeting follow-up task</source>
            <translation>Meeting follow-up task</translation>
        </message>
        <message>
            <source>Buildings and visits demo data</source>
            <translation>Buildings and visits demo data</translation>
        </message>
        <message>
            <source>Request report</source>
            <translation>Request report</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Request category</source>
            <translation>Request category</translation>
        </message>
        <message>
            <source>Station service</source>
            <translation>Station service</translation>
        </message>
        <message>
            <source>Station visit</source>
            <translation>Station visit</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Volunteer post</source>
            <translation>Volunteer post</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Weekly shift</source>
            <translation>Weekly shift</translation>
        </message>
        <message>
            <source>Shift sign-up</source>
            <translation>Shift sign-up</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Volunteer hours</translation>
        </message>
        <message>
            <source>Volunteer certificate</source>
            <translation>Volunteer certificate</translation>
        </message>
        <message>
            <source>Volunteer report</source>
            <translation>Volunteer report</translation>
        </message>
        <message>
            <source>District library transaction</source>
            <translation>District library transaction</translation>
        </message>
        <message>
            <source>District library link</source>
            <translation>District library link</translation>
        </message>
        <message>
            <source>Book copy</source>
            <translation>Book copy</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>Reader card</translation>
        </message>
        <message>
            <source>Book loan</source>
            <translation>Book loan</translation>
        </message>
        <message>
            <source>Book room fines ledger</source>
            <translation>Book room fines ledger</translation>
        </message>
        <message>
            <source>Book hold</source>
            <translation>Book hold</translation>
        </message>
        <message>
            <source>Book room settings</source>
            <translation>Book room settings</translation>
        </message>
        <message>
            <source>Book room catalogue</source>
            <translation>Book room catalogue</translation>
        </message>
        <message>
            <source>Class or activity</source>
            <translation>Class or activity</translation>
        </message>
        <message>
            <source>Class session</source>
            <translation>Class session</translation>
        </message>
        <message>
            <source>Class sign-up</source>
            <translation>Class sign-up</translation>
        </message>
        <message>
            <source>Alert (today's list)</source>
            <translation>Alert (today's list)</translation>
        </message>
        <message>
            <source>Alert rule</source>
            <translation>Alert rule</translation>
        </message>
        <message>
            <source>Health data consent</source>
            <translation>Health data consent</translation>
        </message>
        <message>
            <source>Family-doctor signing</source>
            <translation>Family-doctor signing</translation>
        </message>
        <message>
            <source>Chronic condition</source>
            <translation>Chronic condition</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <translation>Follow-up plan</translation>
        </message>
        <message>
            <source>Health follow-up</source>
            <translation>Health follow-up</translation>
        </message>
        <message>
            <source>Follow-up attempt</source>
            <translation>Follow-up attempt</translation>
        </message>
        <message>
            <source>Health reading</source>
            <translation>Health reading</translation>
        </message>
        <message>
            <source>Referral to the partner clinic</source>
            <translation>Referral to the partner clinic</translation>
        </message>
        <message>
            <source>Health due list</source>
            <translation>Health due list</translation>
        </message>
        <message>
            <source>Health demo data</source>
            <translation>Health demo data</translation>
        </message>
        <message>
            <source>List exported to Excel</source>
            <translation>List exported to Excel</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>Unknown user name</source>
            <translation>Unknown user name</translation>
        </message>
        <message>
            <source>The account was locked</source>
            <translation>The account was locked</translation>
        </message>
        <message>
            <source>The account is disabled</source>
            <translation>The account is disabled</translation>
        </message>
        <message>
            <source>Wrong password (attempt {n})</source>
            <translation>Wrong password (attempt {n})</translation>
        </message>
        <message>
            <source>Wrong password (attempt {n}); the account is locked for a while</source>
            <translation>Wrong password (attempt {n}); the account is locked for a while</translation>
        </message>
        <message>
            <source>Full ID number shown</source>
            <translation>Full ID number shown</translation>
        </message>
        <message>
            <source>Full ID number shown in {where}</source>
            <translation>Full ID number shown in {where}</translation>
        </message>
        <message>
            <source>Full ID numbers shown in a list ({n})</source>
            <translation>Full ID numbers shown in a list ({n})</translation>
        </message>
        <message>
            <source>Full ID number found by scanning a card</source>
            <translation>Full ID number found by scanning a card</translation>
        </message>
        <message>
            <source>Full ID number printed on certificate {number}</source>
            <translation>Full ID number printed on certificate {number}</translation>
        </message>
        <message>
            <source>{what}</source>
            <translation>{what}</translation>
        </message>
        <message>
            <source>{file}: {imported} imported, {updated} updated, {skipped} skipped, {refused} refused</source>
            <translation>{file}: {imported} imported, {updated} updated, {skipped} skipped, {refused} refused</translation>
        </message>
        <message>
            <source>Issued to the street office</source>
            <translation>Issued to the street office</translation>
        </message>
        <message>
            <source>Re-issued from the stored figures</source>
            <translation>Re-issued from the stored figures</translation>
        </message>
        <message>
            <source>Draft of a month not over yet (not issued)</source>
            <translation>Draft of a month not over yet (not issued)</translation>
        </message>
        <message>
            <source>{what}: {detail}</source>
            <translation>{what}: {detail}</translation>
        </message>
        <message>
            <source>{list} (filter: {filter}), {rows} rows</source>
            <translation>{list} (filter: {filter}), {rows} rows</translation>
        </message>
        <message>
            <source>The audit trail's append-only protection was missing and has been put back.</source>
            <translation>The audit trail's append-only protection was missing and has been put back.</translation>
        </message>
        <message>
            <source>Restored with a damaged audit trail (--force): {problem}</source>
            <translation>Restored with a damaged audit trail (--force): {problem}</translation>
        </message>
        <message>
            <source>{day} {kind} {name}</source>
            <translation>{day} {kind} {name}</translation>
        </message>
        <message>
            <source>{day} {kind} removed</source>
            <translation>{day} {kind} removed</translation>
        </message>
        <message>
            <source>Official calendar: {n} days ({first}–{last})</source>
            <translation>Official calendar: {n} days ({first}–{last})</translation>
        </message>
        <message>
            <source>Changed: {keys}</source>
            <translation>Changed: {keys}</translation>
        </message>
        <message>
            <source>Back to the local database file</source>
            <translation>Back to the local database file</translation>
        </message>
        <message>
            <source>{name} {day} {slot} ×{quantity}</source>
            <translation>{name} {day} {slot} ×{quantity}</translation>
        </message>
        <message>
            <source>Kitchen list for {day}</source>
            <translation>Kitchen list for {day}</translation>
        </message>
        <message>
            <source>{tickets} tickets, {voids} voided, {cards} meal cards, {bookings} bookings</source>
            <translation>{tickets} tickets, {voids} voided, {cards} meal cards, {bookings} bookings</translation>
        </message>
        <message>
            <source>{programs} programs, {children} children, {events} sign-in/out records</source>
            <translation>{programs} programs, {children} children, {events} sign-in/out records</translation>
        </message>
        <message>
            <source>{child} signed in at {time}</source>
            <translation>{child} signed in at {time}</translation>
        </message>
        <message>
            <source>{child} collected by {adult} at {time}</source>
            <translation>{child} collected by {adult} at {time}</translation>
        </message>
        <message>
            <source>{child} left alone at {time}</source>
            <translation>{child} left alone at {time}</translation>
        </message>
        <message>
            <source>{child}: {adult} is blocked from pick-up ({step}), refused</source>
            <translation>{child}: {adult} is blocked from pick-up ({step}), refused</translation>
        </message>
        <message>
            <source>Over capacity ({count}/{capacity}): {reason}</source>
            <translation>Over capacity ({count}/{capacity}): {reason}</translation>
        </message>
        <message>
            <source>{what} {day}</source>
            <translation>{what} {day}</translation>
        </message>
        <message>
            <source>{number}: receipt copy</source>
            <translation>{number}: receipt copy</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>{name}: categories changed</source>
            <translation>{name}: categories changed</translation>
        </message>
        <message>
            <source>Demo volunteers</source>
            <translation>Demo volunteers</translation>
        </message>
        <message>
            <source>Book room lending rules</source>
            <translation>Book room lending rules</translation>
        </message>
        <message>
            <source>Copy {barcode}</source>
            <translation>Copy {barcode}</translation>
        </message>
        <message>
            <source>Copy {barcode} out of the collection ({status}): {reason}</source>
            <translation>Copy {barcode} out of the collection ({status}): {reason}</translation>
        </message>
        <message>
            <source>Reader card {card}</source>
            <translation>Reader card {card}</translation>
        </message>
        <message>
            <source>Copy {barcode} lent, due {due}</source>
            <translation>Copy {barcode} lent, due {due}</translation>
        </message>
        <message>
            <source>Copy {barcode} lent, due {due}; waiting to be sent to the district library</source>
            <translation>Copy {barcode} lent, due {due}; waiting to be sent to the district library</translation>
        </message>
        <message>
            <source>Copy {barcode} returned ({days} days late)</source>
            <translation>Copy {barcode} returned ({days} days late)</translation>
        </message>
        <message>
            <source>Copy {barcode} returned, {days} days late, fine {fine} fen</source>
            <translation>Copy {barcode} returned, {days} days late, fine {fine} fen</translation>
        </message>
        <message>
            <source>Copy {barcode} renewed, due {due}</source>
            <translation>Copy {barcode} renewed, due {due}</translation>
        </message>
        <message>
            <source>Fine {fine} paid, receipt {receipt}</source>
            <translation>Fine {fine} paid, receipt {receipt}</translation>
        </message>
        <message>
            <source>Fine {fine} waived: {reason}</source>
            <translation>Fine {fine} waived: {reason}</translation>
        </message>
        <message>
            <source>Fine payment {receipt} undone: {reason}</source>
            <translation>Fine payment {receipt} undone: {reason}</translation>
        </message>
        <message>
            <source>Fine waiver undone: {reason}</source>
            <translation>Fine waiver undone: {reason}</translation>
        </message>
        <message>
            <source>Copy {barcode}: lent at another desk first; a return is kept to send to the district library</source>
            <translation>Copy {barcode}: lent at another desk first; a return is kept to send to the district library</translation>
        </message>
        <message>
            <source>Copy {barcode}: the loan made at the other desk is kept to send to the district library again</source>
            <translation>Copy {barcode}: the loan made at the other desk is kept to send to the district library again</translation>
        </message>
        <message>
            <source>Copy {barcode}: due {due} as the district library gave it (the desk had given {before})</source>
            <translation>Copy {barcode}: due {due} as the district library gave it (the desk had given {before})</translation>
        </message>
        <message>
            <source>Hold on copy {barcode}</source>
            <translation>Hold on copy {barcode}</translation>
        </message>
        <message>
            <source>Hold on the title with ISBN {isbn}</source>
            <translation>Hold on the title with ISBN {isbn}</translation>
        </message>
        <message>
            <source>Hold on copy {barcode} cancelled</source>
            <translation>Hold on copy {barcode} cancelled</translation>
        </message>
        <message>
            <source>{n} copies imported from {file} ({skipped} lines skipped)</source>
            <translation>{n} copies imported from {file} ({skipped} lines skipped)</translation>
        </message>
        <message>
            <source>Reminder slips for {n} overdue books</source>
            <translation>Reminder slips for {n} overdue books</translation>
        </message>
        <message>
            <source>Demo book room</source>
            <translation>Demo book room</translation>
        </message>
        <message>
            <source>{council}: {council_seat}</source>
            <translation>{council}: {council_seat}</translation>
        </message>
        <message>
            <source>Looks after {address} ({link_scope})</source>
            <translation>Looks after {address} ({link_scope})</translation>
        </message>
        <message>
            <source>Visit to {address} on {day}: {visit_result}</source>
            <translation>Visit to {address} on {day}: {visit_result}</translation>
        </message>
        <message>
            <source>Meeting “{title}” on {day}, {tasks} follow-up tasks</source>
            <translation>Meeting “{title}” on {day}, {tasks} follow-up tasks</translation>
        </message>
        <message>
            <source>Demo councils, links, visits and meetings</source>
            <translation>Demo councils, links, visits and meetings</translation>
        </message>
        <message>
            <source>Volunteer record created</source>
            <translation>Volunteer record created</translation>
        </message>
        <message>
            <source>{minutes} min on {day} ({source} {ref})</source>
            <translation>{minutes} min on {day} ({source} {ref})</translation>
        </message>
        <message>
            <source>Hours {status}</source>
            <translation>Hours {status}</translation>
        </message>
        <message>
            <source>Shift on {day}, {start}–{end} ({minutes} min)</source>
            <translation>Shift on {day}, {start}–{end} ({minutes} min)</translation>
        </message>
        <message>
            <source>Weekly shift on {weekday}, {start}–{end}</source>
            <translation>Weekly shift on {weekday}, {start}–{end}</translation>
        </message>
        <message>
            <source>{n} shifts from the weekly plan, {first} to {last}</source>
            <translation>{n} shifts from the weekly plan, {first} to {last}</translation>
        </message>
        <message>
            <source>Signed up: {status}</source>
            <translation>Signed up: {status}</translation>
        </message>
        <message>
            <source>Signed up: {status} (override: {reason})</source>
            <translation>Signed up: {status} (override: {reason})</translation>
        </message>
        <message>
            <source>Moved up from the waitlist</source>
            <translation>Moved up from the waitlist</translation>
        </message>
        <message>
            <source>Consent ({method}) given on {day}</source>
            <translation>Consent ({method}) given on {day}</translation>
        </message>
        <message>
            <source>{team}, {doctor}; renewal due {due}</source>
            <translation>{team}, {doctor}; renewal due {due}</translation>
        </message>
        <message>
            <source>Every {months} months; first due {due}</source>
            <translation>Every {months} months; first due {due}</translation>
        </message>
        <message>
            <source>Follow-up on {day}; next due {due}</source>
            <translation>Follow-up on {day}; next due {due}</translation>
        </message>
        <message>
            <source>Follow-up tried on {day}, not done: {attempt_outcome}</source>
            <translation>Follow-up tried on {day}, not done: {attempt_outcome}</translation>
        </message>
        <message>
            <source>Readings: {kinds}</source>
            <translation>Readings: {kinds}</translation>
        </message>
        <message>
            <source>Referred to {partner} (request {number})</source>
            <translation>Referred to {partner} (request {number})</translation>
        </message>
        <message>
            <source>Health record opened</source>
            <translation>Health record opened</translation>
        </message>
        <message>
            <source>Health record opened in {where}</source>
            <translation>Health record opened in {where}</translation>
        </message>
        <message>
            <source>{consents} consents, {signings} signings, {plans} follow-up plans, {readings} readings</source>
            <translation>{consents} consents, {signings} signings, {plans} follow-up plans, {readings} readings</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Week of {day}</translation>
        </message>
        <message>
            <source>Checked in at {at}</source>
            <translation>Checked in at {at}</translation>
        </message>
        <message>
            <source>Checked out at {at}</source>
            <translation>Checked out at {at}</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Did not come</translation>
        </message>
        <message>
            <source>Did not come (day settled)</source>
            <translation>Did not come (day settled)</translation>
        </message>
        <message>
            <source>Forgot to check out: the scheduled length is credited and goes to review</source>
            <translation>Forgot to check out: the scheduled length is credited and goes to review</translation>
        </message>
        <message>
            <source>Service from {first} to {last}: {minutes} min</source>
            <translation>Service from {first} to {last}: {minutes} min</translation>
        </message>
        <message>
            <source>Certificate {number} issued again</source>
            <translation>Certificate {number} issued again</translation>
        </message>
        <message>
            <source>Session on {day}, {time}</source>
            <translation>Session on {day}, {time}</translation>
        </message>
        <message>
            <source>{name} signed up for {course}: {status}</source>
            <translation>{name} signed up for {course}: {status}</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist of {course}</source>
            <translation>{name} moved up from the waitlist of {course}</translation>
        </message>
        <message>
            <source>{name} on {day}: {n} participants</source>
            <translation>{name} on {day}: {n} participants</translation>
        </message>
        <message>
            <source>{course} on {day}: {present} present (list)</source>
            <translation>{course} on {day}: {present} present (list)</translation>
        </message>
        <message>
            <source>{name} present at {course} on {day} ({method})</source>
            <translation>{name} present at {course} on {day} ({method})</translation>
        </message>
        <message>
            <source>Class sign-in sheet printed ({n} names)</source>
            <translation>Class sign-in sheet printed ({n} names)</translation>
        </message>
        <message>
            <source>{course}: {n} completion certificates ({new} new)</source>
            <translation>{course}: {n} completion certificates ({new} new)</translation>
        </message>
        <message>
            <source>Demo classes and activities</source>
            <translation>Demo classes and activities</translation>
        </message>
        <message>
            <source>{course}: fee {fee} paid, receipt {receipt}</source>
            <translation>{course}: fee {fee} paid, receipt {receipt}</translation>
        </message>
        <message>
            <source>{course}: fee {fee} refunded: {reason}</source>
            <translation>{course}: fee {fee} refunded: {reason}</translation>
        </message>
        <message>
            <source>Not sent: replaced by transaction {replaced_by}, kept to send it again after a return</source>
            <translation>Not sent: replaced by transaction {replaced_by}, kept to send it again after a return</translation>
        </message>
        <message>
            <source>Copy {item}: done by the district library</source>
            <translation>Copy {item}: done by the district library</translation>
        </message>
        <message>
            <source>Copy {item}: done by the district library, due {due}</source>
            <translation>Copy {item}: done by the district library, due {due}</translation>
        </message>
        <message>
            <source>Copy {item}: refused by the district library ({sip_refusal})</source>
            <translation>Copy {item}: refused by the district library ({sip_refusal})</translation>
        </message>
        <message>
            <source>Copy {item}: the district library could not be asked ({sip_problem}); kept to send later</source>
            <translation>Copy {item}: the district library could not be asked ({sip_problem}); kept to send later</translation>
        </message>
        <message>
            <source>Alert rule changed: {rule}</source>
            <translation>Alert rule changed: {rule}</translation>
        </message>
        <message>
            <source>Visit requests from alerts are made in category {category}</source>
            <translation>Visit requests from alerts are made in category {category}</translation>
        </message>
        <message>
            <source>Alert dismissed: {rule}</source>
            <translation>Alert dismissed: {rule}</translation>
        </message>
        <message>
            <source>Alert turned into a visit request: {rule}</source>
            <translation>Alert turned into a visit request: {rule}</translation>
        </message>
        <message>
            <source>Regular diner absent</source>
            <translation>Regular diner absent</translation>
        </message>
        <message>
            <source>Elderly living alone, not visited</source>
            <translation>Elderly living alone, not visited</translation>
        </message>
        <message>
            <source>Health follow-up overdue</source>
            <translation>Health follow-up overdue</translation>
        </message>
        <message>
            <source>Authorisation or qualification expiring</source>
            <translation>Authorisation or qualification expiring</translation>
        </message>
        <message>
            <source>Resolved request waiting for its follow-up call</source>
            <translation>Resolved request waiting for its follow-up call</translation>
        </message>
        <message>
            <source>Visit requests from alerts</source>
            <translation>Visit requests from alerts</translation>
        </message>
        <message>
            <source>council chair</source>
            <translation>council chair</translation>
        </message>
        <message>
            <source>building head</source>
            <translation>building head</translation>
        </message>
        <message>
            <source>unit head</source>
            <translation>unit head</translation>
        </message>
        <message>
            <source>council member</source>
            <translation>council member</translation>
        </message>
        <message>
            <source>household</source>
            <translation>household</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>building</source>
            <translation>building</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>moved away</source>
            <translation>moved away</translation>
        </message>
        <message>
            <source>other reason</source>
            <translation>other reason</translation>
        </message>
        <message>
            <source>all well</source>
            <translation>all well</translation>
        </message>
        <message>
            <source>need found</source>
            <translation>need found</translation>
        </message>
        <message>
            <source>nobody home</source>
            <translation>nobody home</translation>
        </message>
        <message>
            <source>switched user</source>
            <translation>switched user</translation>
        </message>
        <message>
            <source>closed the program</source>
            <translation>closed the program</translation>
        </message>
        <message>
            <source>no activity for a while</source>
            <translation>no activity for a while</translation>
        </message>
        <message>
            <source>locked by the user</source>
            <translation>locked by the user</translation>
        </message>
        <message>
            <source>the resident form</source>
            <translation>the resident form</translation>
        </message>
        <message>
            <source>the resident profile</source>
            <translation>the resident profile</translation>
        </message>
        <message>
            <source>Subsidy settlement (PDF)</source>
            <translation>Subsidy settlement (PDF)</translation>
        </message>
        <message>
            <source>Subsidy settlement (Excel)</source>
            <translation>Subsidy settlement (Excel)</translation>
        </message>
        <message>
            <source>Day's sign-in record</source>
            <translation>Day's sign-in record</translation>
        </message>
        <message>
            <source>Blank sign-in sheet</source>
            <translation>Blank sign-in sheet</translation>
        </message>
        <message>
            <source>Weekly attendance summary</source>
            <translation>Weekly attendance summary</translation>
        </message>
        <message>
            <source>Week roster</source>
            <translation>Week roster</translation>
        </message>
        <message>
            <source>Volunteer hours (PDF)</source>
            <translation>Volunteer hours (PDF)</translation>
        </message>
        <message>
            <source>Volunteer hours (Excel)</source>
            <translation>Volunteer hours (Excel)</translation>
        </message>
        <message>
            <source>Book room fines ledger (PDF)</source>
            <translation>Book room fines ledger (PDF)</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>on the waitlist</source>
            <translation>on the waitlist</translation>
        </message>
        <message>
            <source>taken off</source>
            <translation>taken off</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>waiting for approval</translation>
        </message>
        <message>
            <source>ticked on the list</source>
            <translation>ticked on the list</translation>
        </message>
        <message>
            <source>found by name</source>
            <translation>found by name</translation>
        </message>
        <message>
            <source>sheet code scanned</source>
            <translation>sheet code scanned</translation>
        </message>
        <message>
            <source>shift</source>
            <translation>shift</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>entered by hand</translation>
        </message>
        <message>
            <source>request claim</source>
            <translation>request claim</translation>
        </message>
        <message>
            <source>class taught</source>
            <translation>class taught</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>holiday</translation>
        </message>
        <message>
            <source>working day</source>
            <translation>working day</translation>
        </message>
        <message>
            <source>ordinary day</source>
            <translation>ordinary day</translation>
        </message>
        <message>
            <source>sign-in</source>
            <translation>sign-in</translation>
        </message>
        <message>
            <source>sign-out</source>
            <translation>sign-out</translation>
        </message>
        <message>
            <source>sign-out by an adult not on the list</source>
            <translation>sign-out by an adult not on the list</translation>
        </message>
        <message>
            <source>breakfast</source>
            <translation>breakfast</translation>
        </message>
        <message>
            <source>lunch</source>
            <translation>lunch</translation>
        </message>
        <message>
            <source>dinner</source>
            <translation>dinner</translation>
        </message>
        <message>
            <source>reader's card blocked</source>
            <translation>reader's card blocked</translation>
        </message>
        <message>
            <source>card not known</source>
            <translation>card not known</translation>
        </message>
        <message>
            <source>on hold for another reader</source>
            <translation>on hold for another reader</translation>
        </message>
        <message>
            <source>barcode not known</source>
            <translation>barcode not known</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>server unreachable</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>no answer in time</translation>
        </message>
        <message>
            <source>answer not SIP2</source>
            <translation>answer not SIP2</translation>
        </message>
        <message>
            <source>connection closed</source>
            <translation>connection closed</translation>
        </message>
        <message>
            <source>sign-in refused</source>
            <translation>sign-in refused</translation>
        </message>
        <message>
            <source>library system offline</source>
            <translation>library system offline</translation>
        </message>
        <message>
            <source>link not set up</source>
            <translation>link not set up</translation>
        </message>
        <message>
            <source>earlier ones still being sent</source>
            <translation>earlier ones still being sent</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
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
        <name>AutoBackup</name>
        <message>
            <source>No backup: {reason}</source>
            <translation>No backup: {reason}</translation>
        </message>
        <message>
            <source>The automatic backup was not made.

{reason}</source>
            <translation>The automatic backup was not made.

{reason}</translation>
        </message>
        <message>
            <source>Making today's first backup…</source>
            <translation>Making today's first backup…</translation>
        </message>
        <message>
            <source>Today's first backup was written: {path} ({seconds:.1f} s)</source>
            <translation>Today's first backup was written: {path} ({seconds:.1f} s)</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>No backup was made on closing.

{reason}</source>
            <translation>No backup was made on closing.

{reason}</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>Backing up before closing…</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is no database at {path} to back up.</source>
            <translation>There is no database at {path} to back up.</translation>
        </message>
        <message>
            <source>The backup failed: {error}</source>
            <translation>The backup failed: {error}</translation>
        </message>
        <message>
            <source>The backup could not be written: {error}</source>
            <translation>The backup could not be written: {error}</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} is not a file.</translation>
        </message>
        <message>
            <source>{path} is not a Community Desk database.</source>
            <translation>{path} is not a Community Desk database.</translation>
        </message>
        <message>
            <source>The database is damaged, so no backup was made: {error}</source>
            <translation>The database is damaged, so no backup was made: {error}</translation>
        </message>
        <message>
            <source>{path} cannot be read: {error}</source>
            <translation>{path} cannot be read: {error}</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be restored.</source>
            <translation>{path} is damaged and cannot be restored.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Community Desk.</source>
            <translation>This backup was made by a newer version of Community Desk.</translation>
        </message>
        <message>
            <source>The restored database failed its check.</source>
            <translation>The restored database failed its check.</translation>
        </message>
        <message>
            <source>The restored database failed its check: {error}</source>
            <translation>The restored database failed its check: {error}</translation>
        </message>
        <message>
            <source>The restored database does not match the backup: {what} {found} instead of {expected}.</source>
            <translation>The restored database does not match the backup: {what} {found} instead of {expected}.</translation>
        </message>
        <message>
            <source>This backup's audit trail is damaged ({problem}), so it was not restored: a damaged trail is evidence to keep. To restore it anyway, run `community-desk restore --force FILE`; that is recorded in the audit trail.</source>
            <translation>This backup's audit trail is damaged ({problem}), so it was not restored: a damaged trail is evidence to keep. To restore it anyway, run `community-desk restore --force FILE`; that is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>The backup could not be restored: {error}</source>
            <translation>The backup could not be restored: {error}</translation>
        </message>
        <message>
            <source>The backup could not be put in place: {error}</source>
            <translation>The backup could not be put in place: {error}</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be reached. If it is on a USB drive, plug the drive in; or choose another folder in the settings.</source>
            <translation>The backup folder {path} cannot be reached. If it is on a USB drive, plug the drive in; or choose another folder in the settings.</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be created: {error}</source>
            <translation>The backup folder {path} cannot be created: {error}</translation>
        </message>
        <message>
            <source>The backup folder {path} is not a folder.</source>
            <translation>The backup folder {path} is not a folder.</translation>
        </message>
        <message>
            <source>Backups cannot be written to {path}: {error}</source>
            <translation>Backups cannot be written to {path}: {error}</translation>
        </message>
        <message>
            <source>PostgreSQL's {tool} was not found, so the server database cannot be backed up or restored here. Install the PostgreSQL client tools (the same or a newer version than the server) and make sure {tool} is on the PATH.</source>
            <translation>PostgreSQL's {tool} was not found, so the server database cannot be backed up or restored here. Install the PostgreSQL client tools (the same or a newer version than the server) and make sure {tool} is on the PATH.</translation>
        </message>
        <message>
            <source>{tool} could not be started: {error}</source>
            <translation>{tool} could not be started: {error}</translation>
        </message>
        <message>
            <source>{tool} is older than the database server. Install the PostgreSQL client tools of the server's version or newer.</source>
            <translation>{tool} is older than the database server. Install the PostgreSQL client tools of the server's version or newer.</translation>
        </message>
        <message>
            <source>{tool} failed: {error}</source>
            <translation>{tool} failed: {error}</translation>
        </message>
        <message>
            <source>{where} is not a Community Desk database, so it was not backed up.</source>
            <translation>{where} is not a Community Desk database, so it was not backed up.</translation>
        </message>
        <message>
            <source>{path} is not a Community Desk backup of a server database (pg_dump custom format).</source>
            <translation>{path} is not a Community Desk backup of a server database (pg_dump custom format).</translation>
        </message>
        <message>
            <source>The database {where} is not empty, so nothing was restored into it. Restore into a new, empty database (create it on the server), then point the workstations at it.</source>
            <translation>The database {where} is not empty, so nothing was restored into it. Restore into a new, empty database (create it on the server), then point the workstations at it.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Your account is not in the restored data. Community Desk closes now: start it again and sign in with an account of the restored data.</source>
            <translation>Your account is not in the restored data. Community Desk closes now: start it again and sign in with an account of the restored data.</translation>
        </message>
        <message>
            <source>{residents} residents, {requests} requests, {tickets} meal tickets, {children} children, {volunteers} volunteers</source>
            <translation>{residents} residents, {requests} requests, {tickets} meal tickets, {children} children, {volunteers} volunteers</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>Choose a backup to restore</translation>
        </message>
        <message>
            <source>Community Desk backups (*.sqlite3 *.bak);;All files (*)</source>
            <translation>Community Desk backups (*.sqlite3 *.bak);;All files (*)</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>Data and backups</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Restore selected…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restore from a &amp;file…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Backups from the app work on the embedded database only; use the server's own tools.</source>
            <translation>Backups from the app work on the embedded database only; use the server's own tools.</translation>
        </message>
        <message>
            <source>Backups are kept in {folder} (the newest {keep}).</source>
            <translation>Backups are kept in {folder} (the newest {keep}).</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be reached (is the USB drive plugged in?).</source>
            <translation>The backup folder {path} cannot be reached (is the USB drive plugged in?).</translation>
        </message>
        <message>
            <source>Reading the backups…</source>
            <translation>Reading the backups…</translation>
        </message>
        <message>
            <source>{n} backups.</source>
            <translation>{n} backups.</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>There are no backups yet.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choose a backup in the list first.</translation>
        </message>
        <message>
            <source>Only an administrator restores a backup.</source>
            <translation>Only an administrator restores a backup.</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Checking {file}…</translation>
        </message>
        <message>
            <source>Replace ALL current data with the backup made {made}?

It holds {counts}.

Everything entered since then is replaced. A copy of the current data is kept first.</source>
            <translation>Replace ALL current data with the backup made {made}?

It holds {counts}.

Everything entered since then is replaced. A copy of the current data is kept first.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>The backup made {made} was restored.</source>
            <translation>The backup made {made} was restored.</translation>
        </message>
        <message>
            <source>The data it replaced is kept at {path}</source>
            <translation>The data it replaced is kept at {path}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
    </context>
    <context>
        <name>BackupKinds</name>
        <message>
            <source>Daily, at start</source>
            <translation>Daily, at start</translation>
        </message>
        <message>
            <source>On exit</source>
            <translation>On exit</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>By hand</translation>
        </message>
    </context>
    <context>
        <name>BackupListModel</name>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Meal tickets</source>
            <translation>Meal tickets</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>Boundary</name>
        <message>
            <source>A value is required.</source>
            <translation>A value is required.</translation>
        </message>
        <message>
            <source>Expected text.</source>
            <translation>Expected text.</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>Expected a whole number.</translation>
        </message>
        <message>
            <source>An amount of money is a whole number of fen.</source>
            <translation>An amount of money is a whole number of fen.</translation>
        </message>
        <message>
            <source>Expected yes or no.</source>
            <translation>Expected yes or no.</translation>
        </message>
        <message>
            <source>Expected a date.</source>
            <translation>Expected a date.</translation>
        </message>
        <message>
            <source>Expected a date without a time of day.</source>
            <translation>Expected a date without a time of day.</translation>
        </message>
        <message>
            <source>Expected a date and time.</source>
            <translation>Expected a date and time.</translation>
        </message>
        <message>
            <source>The date must fall in the years {low} to {high}.</source>
            <translation>The date must fall in the years {low} to {high}.</translation>
        </message>
        <message>
            <source>The amount must be from {low} to {high}.</source>
            <translation>The amount must be from {low} to {high}.</translation>
        </message>
        <message>
            <source>Must be a whole number from {low} to {high}.</source>
            <translation>Must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>{field} contains an invisible or control character ({code}) that cannot be stored; type it again.</source>
            <translation>{field} contains an invisible or control character ({code}) that cannot be stored; type it again.</translation>
        </message>
        <message>
            <source>Contains an invisible or control character ({code}) that cannot be stored; type it again.</source>
            <translation>Contains an invisible or control character ({code}) that cannot be stored; type it again.</translation>
        </message>
        <message>
            <source>{field}: too many or too long entries, at most {limit} characters together.</source>
            <translation>{field}: too many or too long entries, at most {limit} characters together.</translation>
        </message>
        <message>
            <source>Too many or too long entries: at most {limit} characters together.</source>
            <translation>Too many or too long entries: at most {limit} characters together.</translation>
        </message>
        <message>
            <source>Not one of the allowed choices.</source>
            <translation>Not one of the allowed choices.</translation>
        </message>
        <message>
            <source>Expected a list.</source>
            <translation>Expected a list.</translation>
        </message>
        <message>
            <source>Expected a table of values.</source>
            <translation>Expected a table of values.</translation>
        </message>
        <message>
            <source>This value is of the wrong kind.</source>
            <translation>This value is of the wrong kind.</translation>
        </message>
    </context>
    <context>
        <name>CanteenPanel</name>
        <message>
            <source>Subsidy by funder per day (yuan)</source>
            <translation>Subsidy by funder per day (yuan)</translation>
        </message>
        <message>
            <source>Meals sold per day</source>
            <translation>Meals sold per day</translation>
        </message>
        <message>
            <source>Meals sold</source>
            <translation>Meals sold</translation>
        </message>
    </context>
    <context>
        <name>CenterPage</name>
        <message>
            <source>Your service center</source>
            <translation>Your service center</translation>
        </message>
        <message>
            <source>These details head every receipt and printed sheet.</source>
            <translation>These details head every receipt and printed sheet.</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>Center name</translation>
        </message>
        <message>
            <source>e.g. 幸福里社区党群服务中心</source>
            <translation>e.g. 幸福里社区党群服务中心</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Printed on volunteer certificates, e.g. 张书记</source>
            <translation>Printed on volunteer certificates, e.g. 张书记</translation>
        </message>
        <message>
            <source>Receipt paper width</source>
            <translation>Receipt paper width</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 mm</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 mm</translation>
        </message>
        <message>
            <source>e.g. 0571-88886666转123、13812345678</source>
            <translation>e.g. 0571-88886666转123、13812345678</translation>
        </message>
        <message>
            <source>Center name *</source>
            <translation>Center name *</translation>
        </message>
        <message>
            <source>Person in charge (负责人)</source>
            <translation>Person in charge (负责人)</translation>
        </message>
        <message>
            <source>Receipt paper</source>
            <translation>Receipt paper</translation>
        </message>
    </context>
    <context>
        <name>ChildcarePanel</name>
        <message>
            <source>Childcare attendance by program</source>
            <translation>Childcare attendance by program</translation>
        </message>
        <message>
            <source>Child-days</source>
            <translation>Child-days</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Children signed in per day</source>
            <translation>Children signed in per day</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>Community Desk: the front desk of a community service center.</source>
            <translation>Community Desk: the front desk of a community service center.</translation>
        </message>
        <message>
            <source>database file or SQLAlchemy URL (default: $COMMUNITY_DESK_DB, else a file in the user data folder)</source>
            <translation>database file or SQLAlchemy URL (default: $COMMUNITY_DESK_DB, else a file in the user data folder)</translation>
        </message>
        <message>
            <source>interface language (default: the saved choice, else zh_CN)</source>
            <translation>interface language (default: the saved choice, else zh_CN)</translation>
        </message>
        <message>
            <source>create the database or bring it up to date</source>
            <translation>create the database or bring it up to date</translation>
        </message>
        <message>
            <source>Create the database or bring its schema up to date.</source>
            <translation>Create the database or bring its schema up to date.</translation>
        </message>
        <message>
            <source>fill the database with demo data</source>
            <translation>fill the database with demo data</translation>
        </message>
        <message>
            <source>Fill the database with realistic demo data (deterministic for a seed).</source>
            <translation>Fill the database with realistic demo data (deterministic for a seed).</translation>
        </message>
        <message>
            <source>number of residents (default 2000)</source>
            <translation>number of residents (default 2000)</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>random seed (default 1)</translation>
        </message>
        <message>
            <source>make a consistent copy of the database</source>
            <translation>make a consistent copy of the database</translation>
        </message>
        <message>
            <source>Copy the database safely, even while the app is open. A PostgreSQL server database is copied with pg_dump (custom format, a .dump file).</source>
            <translation>Copy the database safely, even while the app is open. A PostgreSQL server database is copied with pg_dump (custom format, a .dump file).</translation>
        </message>
        <message>
            <source>Replace the database with a backup, after checking the backup. A PostgreSQL .dump is loaded with pg_restore into an empty database only.</source>
            <translation>Replace the database with a backup, after checking the backup. A PostgreSQL .dump is loaded with pg_restore into an empty database only.</translation>
        </message>
        <message>
            <source>Import residents (with their category tags), children with the adults who may collect them, or volunteers from an .xlsx, .xls, .ods or .csv file, each row checked like the forms do. The good rows are imported; a row with errors is refused and left out (with --errors, written to a spreadsheet that says what to fix, to correct and import again). The good rows are written together: a failure part-way writes none of them. Prints what was read, imported, updated, skipped and refused (with reasons); exit status 1 when the file cannot be read.</source>
            <translation>Import residents (with their category tags), children with the adults who may collect them, or volunteers from an .xlsx, .xls, .ods or .csv file, each row checked like the forms do. The good rows are imported; a row with errors is refused and left out (with --errors, written to a spreadsheet that says what to fix, to correct and import again). The good rows are written together: a failure part-way writes none of them. Prints what was read, imported, updated, skipped and refused (with reasons); exit status 1 when the file cannot be read.</translation>
        </message>
        <message>
            <source>check that this installation works (reads the database, writes nothing)</source>
            <translation>check that this installation works (reads the database, writes nothing)</translation>
        </message>
        <message>
            <source>Check the fonts, translations and drawing, that every counter is installed, that the app's folders are writable, that the database is reachable and its schema current (read only) and that a receipt renders; exit status 0 when everything works.</source>
            <translation>Check the fonts, translations and drawing, that every counter is installed, that the app's folders are writable, that the database is reachable and its schema current (read only) and that a receipt renders; exit status 0 when everything works.</translation>
        </message>
        <message>
            <source>backup and restore work on a SQLite file or a PostgreSQL server database.</source>
            <translation>backup and restore work on a SQLite file or a PostgreSQL server database.</translation>
        </message>
        <message>
            <source>file or folder (default: the backups folder)</source>
            <translation>file or folder (default: the backups folder)</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>replace the database with a backup</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>the backup file</translation>
        </message>
        <message>
            <source>restore even when the backup's audit trail is damaged (recorded in the audit trail)</source>
            <translation>restore even when the backup's audit trail is damaged (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>check that the audit trail was not changed (exit status 1 if it was)</source>
            <translation>check that the audit trail was not changed (exit status 1 if it was)</translation>
        </message>
        <message>
            <source>Recompute the audit trail's hash chain and report the first broken link; exit status 0 when intact.</source>
            <translation>Recompute the audit trail's hash chain and report the first broken link; exit status 0 when intact.</translation>
        </message>
        <message>
            <source>import residents, children or volunteers from a spreadsheet</source>
            <translation>import residents, children or volunteers from a spreadsheet</translation>
        </message>
        <message>
            <source>the spreadsheet</source>
            <translation>the spreadsheet</translation>
        </message>
        <message>
            <source>the sheet to read (default: the first)</source>
            <translation>the sheet to read (default: the first)</translation>
        </message>
        <message>
            <source>check every row and write nothing</source>
            <translation>check every row and write nothing</translation>
        </message>
        <message>
            <source>what to do with someone already registered or listed twice (default: skip)</source>
            <translation>what to do with someone already registered or listed twice (default: skip)</translation>
        </message>
        <message>
            <source>write the refused rows, with what to fix, to this spreadsheet</source>
            <translation>write the refused rows, with what to fix, to this spreadsheet</translation>
        </message>
        <message>
            <source>This command needs the window part: run community-desk.</source>
            <translation>This command needs the window part: run community-desk.</translation>
        </message>
        <message>
            <source>community-desk: unexpected error: {error} (details in {path})</source>
            <translation>community-desk: unexpected error: {error} (details in {path})</translation>
        </message>
        <message>
            <source>Database ready: {where}</source>
            <translation>Database ready: {where}</translation>
        </message>
        <message>
            <source>--residents must be between 0 and 1000000.</source>
            <translation>--residents must be between 0 and 1000000.</translation>
        </message>
        <message>
            <source>Demo data written: {n} residents.</source>
            <translation>Demo data written: {n} residents.</translation>
        </message>
        <message>
            <source>Demo accounts (write these passwords down; they are not stored anywhere else):</source>
            <translation>Demo accounts (write these passwords down; they are not stored anywhere else):</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Restored with a damaged audit trail (--force): {problem}</source>
            <translation>Restored with a damaged audit trail (--force): {problem}</translation>
        </message>
        <message>
            <source>Restored {file} ({counts}).</source>
            <translation>Restored {file} ({counts}).</translation>
        </message>
        <message>
            <source>The database it replaced is kept at {path}</source>
            <translation>The database it replaced is kept at {path}</translation>
        </message>
        <message>
            <source>Dry run of {file} (sheet {sheet}): nothing was written.</source>
            <translation>Dry run of {file} (sheet {sheet}): nothing was written.</translation>
        </message>
        <message>
            <source>Imported from {file} (sheet {sheet}).</source>
            <translation>Imported from {file} (sheet {sheet}).</translation>
        </message>
        <message>
            <source>Rows read: {n}</source>
            <translation>Rows read: {n}</translation>
        </message>
        <message>
            <source>Imported: {n}</source>
            <translation>Imported: {n}</translation>
        </message>
        <message>
            <source>Updated: {n}</source>
            <translation>Updated: {n}</translation>
        </message>
        <message>
            <source>Skipped: {n}</source>
            <translation>Skipped: {n}</translation>
        </message>
        <message>
            <source>Refused: {n}</source>
            <translation>Refused: {n}</translation>
        </message>
        <message>
            <source>Already registered, nothing changed: {n}</source>
            <translation>Already registered, nothing changed: {n}</translation>
        </message>
        <message>
            <source>line {line}: skipped: {reason}</source>
            <translation>line {line}: skipped: {reason}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>line {line}: {reason}</translation>
        </message>
        <message>
            <source>{n} refused rows written to {path}</source>
            <translation>{n} refused rows written to {path}</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>make the month's district report (PDF and Excel)</source>
            <translation>make the month's district report (PDF and Excel)</translation>
        </message>
        <message>
            <source>Make the month's report for the street office as a PDF and an Excel workbook. A month issued before is printed again from the figures stored when it was first issued, identical to what was sent.</source>
            <translation>Make the month's report for the street office as a PDF and an Excel workbook. A month issued before is printed again from the figures stored when it was first issued, identical to what was sent.</translation>
        </message>
        <message>
            <source>the monthly report pack for the street office</source>
            <translation>the monthly report pack for the street office</translation>
        </message>
        <message>
            <source>The monthly report pack for the street office (街道月报).</source>
            <translation>The monthly report pack for the street office (街道月报).</translation>
        </message>
        <message>
            <source>the month, e.g. 2026-11</source>
            <translation>the month, e.g. 2026-11</translation>
        </message>
        <message>
            <source>folder for the files (default: here)</source>
            <translation>folder for the files (default: here)</translation>
        </message>
        <message>
            <source>the staff account (user name) issuing the report; it is named on the report</source>
            <translation>the staff account (user name) issuing the report; it is named on the report</translation>
        </message>
        <message>
            <source>There is no active staff account {user}: give --as the user name of one.</source>
            <translation>There is no active staff account {user}: give --as the user name of one.</translation>
        </message>
        <message>
            <source>--month must be a month such as 2026-11.</source>
            <translation>--month must be a month such as 2026-11.</translation>
        </message>
        <message>
            <source>Re-issued {month} as first issued on {at} by {who}:</source>
            <translation>Re-issued {month} as first issued on {at} by {who}:</translation>
        </message>
        <message>
            <source>The figures are those first issued; this version of the program lays the pages out differently.</source>
            <translation>The figures are those first issued; this version of the program lays the pages out differently.</translation>
        </message>
        <message>
            <source>{month} is not over yet: a draft (marked on every page), not issued:</source>
            <translation>{month} is not over yet: a draft (marked on every page), not issued:</translation>
        </message>
        <message>
            <source>Issued {month}:</source>
            <translation>Issued {month}:</translation>
        </message>
    </context>
    <context>
        <name>CounterFigures</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Community Desk</source>
            <translation>Community Desk</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Community Desk hit an unexpected error. What you were doing may not have been saved; everything saved before is safe.

The details are in {path}.</source>
            <translation>Community Desk hit an unexpected error. What you were doing may not have been saved; everything saved before is safe.

The details are in {path}.</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Community Desk found damage in its database:
{path}

SQLite reports: {detail}

Working on with a damaged database can lose more data.</source>
            <translation>Community Desk found damage in its database:
{path}

SQLite reports: {detail}

Working on with a damaged database can lose more data.</translation>
        </message>
        <message>
            <source>The latest good backup was made {made} and holds {counts}. Restoring it replaces the damaged database (which is kept aside for an expert); what was entered after {made} is not in it.</source>
            <translation>The latest good backup was made {made} and holds {counts}. Restoring it replaces the damaged database (which is kept aside for an expert); what was entered after {made} is not in it.</translation>
        </message>
        <message>
            <source>No good backup was found in: {folders}</source>
            <translation>No good backup was found in: {folders}</translation>
        </message>
        <message>
            <source>&amp;Restore the latest good backup and continue</source>
            <translation>&amp;Restore the latest good backup and continue</translation>
        </message>
        <message>
            <source>Restore the latest good backup and continue</source>
            <translation>Restore the latest good backup and continue</translation>
        </message>
        <message>
            <source>&amp;Choose a backup file…</source>
            <translation>&amp;Choose a backup file…</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>The backup {file} was restored. The damaged database is kept at {aside}.</source>
            <translation>The backup {file} was restored. The damaged database is kept at {aside}.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>This file is not a database{where}.</source>
            <translation>This file is not a database{where}.</translation>
        </message>
        <message>
            <source>This database belongs to another program, not Community Desk{where}.</source>
            <translation>This database belongs to another program, not Community Desk{where}.</translation>
        </message>
        <message>
            <source>The database is in use by another program and stayed locked{where}. Close it and try again.</source>
            <translation>The database is in use by another program and stayed locked{where}. Close it and try again.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Community Desk{where}. Install the newer version.</source>
            <translation>This database was written by a newer version of Community Desk{where}. Install the newer version.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved{where}.</source>
            <translation>The disk is full: nothing was saved{where}.</translation>
        </message>
        <message>
            <source>The database cannot be written to{where}.</source>
            <translation>The database cannot be written to{where}.</translation>
        </message>
        <message>
            <source>The database cannot be opened{where}.</source>
            <translation>The database cannot be opened{where}.</translation>
        </message>
        <message>
            <source>The database is damaged{where}.</source>
            <translation>The database is damaged{where}.</translation>
        </message>
        <message>
            <source>The database address is not valid{where}. A server database is written like postgresql+psycopg://user:password@host:5432/database; check the address in the settings or after --db.</source>
            <translation>The database address is not valid{where}. A server database is written like postgresql+psycopg://user:password@host:5432/database; check the address in the settings or after --db.</translation>
        </message>
        <message>
            <source>The PostgreSQL driver (psycopg) is not installed, so the database server cannot be used{where}. Reinstall Community Desk.</source>
            <translation>The PostgreSQL driver (psycopg) is not installed, so the database server cannot be used{where}. Reinstall Community Desk.</translation>
        </message>
        <message>
            <source>The database server cannot be reached{where}. Check that the server PC is on and PostgreSQL is running there, the network cable or Wi-Fi, and the host name and port in the settings.</source>
            <translation>The database server cannot be reached{where}. Check that the server PC is on and PostgreSQL is running there, the network cable or Wi-Fi, and the host name and port in the settings.</translation>
        </message>
        <message>
            <source>The database server refused the user name or password{where}. Check the user and password in the settings (they are the PostgreSQL role's, not a staff sign-in).</source>
            <translation>The database server refused the user name or password{where}. Check the user and password in the settings (they are the PostgreSQL role's, not a staff sign-in).</translation>
        </message>
        <message>
            <source>The database server has no database of that name{where}. Check the database name in the settings, or create it on the server first.</source>
            <translation>The database server has no database of that name{where}. Check the database name in the settings, or create it on the server first.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost{where}. Nothing from this step was saved; the app reconnects by itself when the server is back. Check the network and the server PC, then try again.</source>
            <translation>The connection to the database server was lost{where}. Nothing from this step was saved; the app reconnects by itself when the server is back. Check the network and the server PC, then try again.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost while saving{where}: it may or may not have been saved. Look it up before doing it again.</source>
            <translation>The connection to the database server was lost while saving{where}: it may or may not have been saved. Look it up before doing it again.</translation>
        </message>
        <message>
            <source>The database cannot be used{where}.</source>
            <translation>The database cannot be used{where}.</translation>
        </message>
        <message>
            <source>The database folder cannot be used: {error}</source>
            <translation>The database folder cannot be used: {error}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseServer</name>
        <message>
            <source>Enter the server PC's name or IP address.</source>
            <translation>Enter the server PC's name or IP address.</translation>
        </message>
        <message>
            <source>The server name is at most {limit} characters, {length} now.</source>
            <translation>The server name is at most {limit} characters, {length} now.</translation>
        </message>
        <message>
            <source>The server name may not contain spaces or / @ : ? #.</source>
            <translation>The server name may not contain spaces or / @ : ? #.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL: 5432).</source>
            <translation>The port is a number from 1 to 65535 (PostgreSQL: 5432).</translation>
        </message>
        <message>
            <source>Enter the database name.</source>
            <translation>Enter the database name.</translation>
        </message>
        <message>
            <source>The database name is at most {limit} characters, {length} now.</source>
            <translation>The database name is at most {limit} characters, {length} now.</translation>
        </message>
        <message>
            <source>The database name contains a control character (perhaps from a paste); type it again.</source>
            <translation>The database name contains a control character (perhaps from a paste); type it again.</translation>
        </message>
        <message>
            <source>The user name contains a control character (perhaps from a paste); type it again.</source>
            <translation>The user name contains a control character (perhaps from a paste); type it again.</translation>
        </message>
        <message>
            <source>Enter the database user (the PostgreSQL role).</source>
            <translation>Enter the database user (the PostgreSQL role).</translation>
        </message>
        <message>
            <source>The user name is at most {limit} characters, {length} now.</source>
            <translation>The user name is at most {limit} characters, {length} now.</translation>
        </message>
        <message>
            <source>The password is at most {limit} characters, {length} now.</source>
            <translation>The password is at most {limit} characters, {length} now.</translation>
        </message>
        <message>
            <source>The password contains characters that cannot be used.</source>
            <translation>The password contains characters that cannot be used.</translation>
        </message>
        <message>
            <source>Connected (PostgreSQL {version}): a Community Desk database with {n} residents.</source>
            <translation>Connected (PostgreSQL {version}): a Community Desk database with {n} residents.</translation>
        </message>
        <message>
            <source>Connected (PostgreSQL {version}): the database is empty; Community Desk sets it up at the next start.</source>
            <translation>Connected (PostgreSQL {version}): the database is empty; Community Desk sets it up at the next start.</translation>
        </message>
        <message>
            <source>Connected (PostgreSQL {version}), but this database holds another program's tables: choose an empty database or the center's Community Desk database.</source>
            <translation>Connected (PostgreSQL {version}), but this database holds another program's tables: choose an empty database or the center's Community Desk database.</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsDialog</name>
        <message>
            <source>Demo accounts</source>
            <translation>Demo accounts</translation>
        </message>
        <message>
            <source>Demo accounts were created. Write these passwords down or copy them now:</source>
            <translation>Demo accounts were created. Write these passwords down or copy them now:</translation>
        </message>
        <message>
            <source>Password of {user}</source>
            <translation>Password of {user}</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the password of {user}</source>
            <translation>Copy the password of {user}</translation>
        </message>
        <message>
            <source>Copy all</source>
            <translation>Copy all</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>To try the app out, fill it with made-up residents and records.</source>
            <translation>To try the app out, fill it with made-up residents and records.</translation>
        </message>
        <message>
            <source>Load demo data (2,000 made-up residents)</source>
            <translation>Load demo data (2,000 made-up residents)</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Load demo data</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Community Desk</source>
            <translation>Community Desk</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>Community Desk needs a screen, and this session has none (DISPLAY is not set).</source>
            <translation>Community Desk needs a screen, and this session has none (DISPLAY is not set).</translation>
        </message>
        <message>
            <source>Community Desk needs a screen, and no Wayland display was found.</source>
            <translation>Community Desk needs a screen, and no Wayland display was found.</translation>
        </message>
        <message>
            <source>Community Desk needs a screen, and the display {display} does not answer.</source>
            <translation>Community Desk needs a screen, and the display {display} does not answer.</translation>
        </message>
        <message>
            <source>Start it on the computer's own desktop, or over SSH with X forwarding (ssh -X).</source>
            <translation>Start it on the computer's own desktop, or over SSH with X forwarding (ssh -X).</translation>
        </message>
        <message>
            <source>Without a screen:</source>
            <translation>Without a screen:</translation>
        </message>
        <message>
            <source>  with a virtual screen:    xvfb-run -a bash scripts/run-app.sh</source>
            <translation>  with a virtual screen:    xvfb-run -a bash scripts/run-app.sh</translation>
        </message>
        <message>
            <source>  to check the installation: QT_QPA_PLATFORM=offscreen .venv/bin/community-desk selfcheck</source>
            <translation>  to check the installation: QT_QPA_PLATFORM=offscreen .venv/bin/community-desk selfcheck</translation>
        </message>
        <message>
            <source>  the command-line tools (demo, backup, verify-audit…) need no screen: see README.md.</source>
            <translation>  the command-line tools (demo, backup, verify-audit…) need no screen: see README.md.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source> (copy 副本)</source>
            <translation> (copy 副本)</translation>
        </message>
        <message>
            <source>Tel: {phone}</source>
            <translation>Tel: {phone}</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Page {n}</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>Document preview</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>search text ({n} characters)</source>
            <translation>search text ({n} characters)</translation>
        </message>
        <message>
            <source>Exporting to Excel…</source>
            <translation>Exporting to Excel…</translation>
        </message>
        <message>
            <source>{n} rows written</source>
            <translation>{n} rows written</translation>
        </message>
        <message>
            <source>{n} rows exported to {path}</source>
            <translation>{n} rows exported to {path}</translation>
        </message>
        <message>
            <source>ID numbers and phones are masked: your role may not export personal data.</source>
            <translation>ID numbers and phones are masked: your role may not export personal data.</translation>
        </message>
        <message>
            <source>ID numbers are masked, as on screen: a full number is shown one resident at a time.</source>
            <translation>ID numbers are masked, as on screen: a full number is shown one resident at a time.</translation>
        </message>
        <message>
            <source>Phones are masked: your role may not see full phones.</source>
            <translation>Phones are masked: your role may not see full phones.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Meal tickets</source>
            <translation>Meal tickets</translation>
        </message>
        <message>
            <source>Meal bookings</source>
            <translation>Meal bookings</translation>
        </message>
        <message>
            <source>Childcare attendance</source>
            <translation>Childcare attendance</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>A child's contacts</source>
            <translation>A child's contacts</translation>
        </message>
        <message>
            <source>Childcare programs</source>
            <translation>Childcare programs</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Volunteer hours</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>Volunteer roster</translation>
        </message>
        <message>
            <source>People on a shift</source>
            <translation>People on a shift</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Staff accounts</translation>
        </message>
        <message>
            <source>Service station tally</source>
            <translation>Service station tally</translation>
        </message>
        <message>
            <source>Request categories</source>
            <translation>Request categories</translation>
        </message>
        <message>
            <source>Departments and partners</source>
            <translation>Departments and partners</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Book room catalogue</source>
            <translation>Book room catalogue</translation>
        </message>
        <message>
            <source>Books on a reader's card</source>
            <translation>Books on a reader's card</translation>
        </message>
        <message>
            <source>Book holds</source>
            <translation>Book holds</translation>
        </message>
        <message>
            <source>Overdue books</source>
            <translation>Overdue books</translation>
        </message>
        <message>
            <source>Book room fines ledger</source>
            <translation>Book room fines ledger</translation>
        </message>
        <message>
            <source>District library transactions to send</source>
            <translation>District library transactions to send</translation>
        </message>
        <message>
            <source>Courses and groups</source>
            <translation>Courses and groups</translation>
        </message>
        <message>
            <source>Class sign-ups</source>
            <translation>Class sign-ups</translation>
        </message>
        <message>
            <source>Class sessions</source>
            <translation>Class sessions</translation>
        </message>
        <message>
            <source>Class attendance</source>
            <translation>Class attendance</translation>
        </message>
        <message>
            <source>Events and performances</source>
            <translation>Events and performances</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Buildings</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>People in a household</source>
            <translation>People in a household</translation>
        </message>
        <message>
            <source>A household's links</source>
            <translation>A household's links</translation>
        </message>
        <message>
            <source>Home visits</source>
            <translation>Home visits</translation>
        </message>
        <message>
            <source>Residents' councils</source>
            <translation>Residents' councils</translation>
        </message>
        <message>
            <source>Council members</source>
            <translation>Council members</translation>
        </message>
        <message>
            <source>Council meetings</source>
            <translation>Council meetings</translation>
        </message>
        <message>
            <source>Council tasks</source>
            <translation>Council tasks</translation>
        </message>
        <message>
            <source>Building board</source>
            <translation>Building board</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>Today's alerts</translation>
        </message>
        <message>
            <source>The workbook could not be written to {folder}: {reason}</source>
            <translation>The workbook could not be written to {folder}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Contact name</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Emergency contact</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <source>Buyer's name</source>
            <translation>Buyer's name</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Adult's name</source>
            <translation>Adult's name</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Resident's name</source>
            <translation>Resident's name</translation>
        </message>
        <message>
            <source>Staff member's name</source>
            <translation>Staff member's name</translation>
        </message>
        <message>
            <source>Approving staff member</source>
            <translation>Approving staff member</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>Staff on duty</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Emergency phone</translation>
        </message>
        <message>
            <source>Adult's phone</source>
            <translation>Adult's phone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Last digits of the ID number</source>
            <translation>Last digits of the ID number</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>Doctor</translation>
        </message>
        <message>
            <source>Family-doctor team</source>
            <translation>Family-doctor team</translation>
        </message>
        <message>
            <source>Teacher's name</source>
            <translation>Teacher's name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>How the fee is paid</source>
            <translation>How the fee is paid</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Fines shown</source>
            <translation>Fines shown</translation>
        </message>
        <message>
            <source>Limit applies to</source>
            <translation>Limit applies to</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Policy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Meals</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Funder</translation>
        </message>
        <message>
            <source>Resident categories</source>
            <translation>Resident categories</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Glucose taken</source>
            <translation>Glucose taken</translation>
        </message>
        <message>
            <source>Character encoding</source>
            <translation>Character encoding</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>What the visit found</source>
            <translation>What the visit found</translation>
        </message>
        <message>
            <source>Looks after</source>
            <translation>Looks after</translation>
        </message>
        <message>
            <source>Council role</source>
            <translation>Council role</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>Party branch</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Serving window</source>
            <translation>Serving window</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>Required skills</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Volunteer platform number</source>
            <translation>Volunteer platform number</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Allergy note</source>
            <translation>Allergy note</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Workstation</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Category detail</source>
            <translation>Category detail</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Scanned code</source>
            <translation>Scanned code</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>Reader card</translation>
        </message>
        <message>
            <source>Item barcode</source>
            <translation>Item barcode</translation>
        </message>
        <message>
            <source>Transaction number</source>
            <translation>Transaction number</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Institution id</source>
            <translation>Institution id</translation>
        </message>
        <message>
            <source>Sign-in user</source>
            <translation>Sign-in user</translation>
        </message>
        <message>
            <source>Sign-in password</source>
            <translation>Sign-in password</translation>
        </message>
        <message>
            <source>Location code</source>
            <translation>Location code</translation>
        </message>
        <message>
            <source>File or folder</source>
            <translation>File or folder</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Column titles</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Reason for the exception</source>
            <translation>Reason for the exception</translation>
        </message>
        <message>
            <source>Reason for going over capacity</source>
            <translation>Reason for going over capacity</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>How it was handled</source>
            <translation>How it was handled</translation>
        </message>
        <message>
            <source>Medical note</source>
            <translation>Medical note</translation>
        </message>
        <message>
            <source>Dishes</source>
            <translation>Dishes</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Search text</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record kind</source>
            <translation>Record kind</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Position in the list</source>
            <translation>Position in the list</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>Center name</translation>
        </message>
        <message>
            <source>Center address</source>
            <translation>Center address</translation>
        </message>
        <message>
            <source>Center phone</source>
            <translation>Center phone</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Resident category</source>
            <translation>Resident category</translation>
        </message>
        <message>
            <source>Child's name</source>
            <translation>Child's name</translation>
        </message>
        <message>
            <source>Course name</source>
            <translation>Course name</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Event name</translation>
        </message>
        <message>
            <source>Program name</source>
            <translation>Program name</translation>
        </message>
        <message>
            <source>Subsidy rule name</source>
            <translation>Subsidy rule name</translation>
        </message>
        <message>
            <source>Meal name</source>
            <translation>Meal name</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Post name</source>
            <translation>Post name</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>Service name</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>Category name</translation>
        </message>
        <message>
            <source>Council name</source>
            <translation>Council name</translation>
        </message>
        <message>
            <source>Department name</source>
            <translation>Department name</translation>
        </message>
        <message>
            <source>Department phone</source>
            <translation>Department phone</translation>
        </message>
        <message>
            <source>Holiday name</source>
            <translation>Holiday name</translation>
        </message>
        <message>
            <source>Condition code</source>
            <translation>Condition code</translation>
        </message>
        <message>
            <source>Meal code</source>
            <translation>Meal code</translation>
        </message>
        <message>
            <source>Book title</source>
            <translation>Book title</translation>
        </message>
        <message>
            <source>Meeting subject</source>
            <translation>Meeting subject</translation>
        </message>
        <message>
            <source>What is needed</source>
            <translation>What is needed</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Course note</source>
            <translation>Course note</translation>
        </message>
        <message>
            <source>Reading note</source>
            <translation>Reading note</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Too long: at most {limit} characters ({length} given).</source>
            <translation>Too long: at most {limit} characters ({length} given).</translation>
        </message>
        <message>
            <source>{field}: at most {limit} characters, {length} now.</source>
            <translation>{field}: at most {limit} characters, {length} now.</translation>
        </message>
    </context>
    <context>
        <name>FigurePanel</name>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>The numbers behind the chart</source>
            <translation>The numbers behind the chart</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Community Desk</source>
            <translation>Welcome to Community Desk</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation>Loading demo data…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>Today's alerts</translation>
        </message>
        <message>
            <source>Canteen</source>
            <translation>Canteen</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Book room</source>
            <translation>Book room</translation>
        </message>
        <message>
            <source>Classes &amp; activities</source>
            <translation>Classes &amp; activities</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Buildings &amp; visits</source>
            <translation>Buildings &amp; visits</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
        <message>
            <source>&amp;Help for this counter</source>
            <translation>&amp;Help for this counter</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Keyboard shortcuts…</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Help topics</source>
            <translation>Help topics</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Help text</translation>
        </message>
        <message>
            <source>All keyboard shortcuts…</source>
            <translation>All keyboard shortcuts…</translation>
        </message>
        <message>
            <source>Help — {topic}</source>
            <translation>Help — {topic}</translation>
        </message>
    </context>
    <context>
        <name>IdNumbers</name>
        <message>
            <source>The ID number is empty.</source>
            <translation>The ID number is empty.</translation>
        </message>
        <message>
            <source>A 15-digit ID number may contain digits only.</source>
            <translation>A 15-digit ID number may contain digits only.</translation>
        </message>
        <message>
            <source>An ID number has 18 characters (or 15 for an old one); this one has {n}.</source>
            <translation>An ID number has 18 characters (or 15 for an old one); this one has {n}.</translation>
        </message>
        <message>
            <source>An ID number is 17 digits followed by a digit or X.</source>
            <translation>An ID number is 17 digits followed by a digit or X.</translation>
        </message>
        <message>
            <source>The last character of this ID number does not match the others; check for a typing mistake.</source>
            <translation>The last character of this ID number does not match the others; check for a typing mistake.</translation>
        </message>
        <message>
            <source>The birth date inside this ID number is not a real date.</source>
            <translation>The birth date inside this ID number is not a real date.</translation>
        </message>
        <message>
            <source>The birth date inside this ID number is impossible.</source>
            <translation>The birth date inside this ID number is impossible.</translation>
        </message>
        <message>
            <source>The region code at the start of this ID number does not exist.</source>
            <translation>The region code at the start of this ID number does not exist.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Import from a spreadsheet…</source>
            <translation>&amp;Import from a spreadsheet…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet to import</source>
            <translation>Choose the spreadsheet to import</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Spreadsheets</translation>
        </message>
        <message>
            <source>Save the rows to fix</source>
            <translation>Save the rows to fix</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>Import from a spreadsheet</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>What to import</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Spreadsheet file</translation>
        </message>
        <message>
            <source>.xlsx, .xls, .ods or .csv</source>
            <translation>.xlsx, .xls, .ods or .csv</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Someone already registered</source>
            <translation>Someone already registered</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Skip them</translation>
        </message>
        <message>
            <source>Update their record</source>
            <translation>Update their record</translation>
        </message>
        <message>
            <source>Keep both (never for the same ID number)</source>
            <translation>Keep both (never for the same ID number)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Someone already registered or listed twice:</source>
            <translation>Someone already registered or listed twice:</translation>
        </message>
        <message>
            <source>Columns and what they are imported as</source>
            <translation>Columns and what they are imported as</translation>
        </message>
        <message>
            <source>Rows checked</source>
            <translation>Rows checked</translation>
        </message>
        <message>
            <source>Columns (double-click to change)</source>
            <translation>Columns (double-click to change)</translation>
        </message>
        <message>
            <source>Choose a file: its rows are checked before anything is imported.</source>
            <translation>Choose a file: its rows are checked before anything is imported.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the check or the import</source>
            <translation>Cancel the check or the import</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Check the rows again</source>
            <translation>Check the rows again</translation>
        </message>
        <message>
            <source>Import the good rows</source>
            <translation>Import the good rows</translation>
        </message>
        <message>
            <source>Save rows with errors…</source>
            <translation>Save rows with errors…</translation>
        </message>
        <message>
            <source>Save rows with errors</source>
            <translation>Save rows with errors</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The columns changed: check the rows again before importing.</source>
            <translation>The columns changed: check the rows again before importing.</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>The {n} refused rows can be saved to fix and import again.</source>
            <translation>The {n} refused rows can be saved to fix and import again.</translation>
        </message>
        <message>
            <source>{read} rows read from {file} (sheet {sheet}, header on line {line}): {new} new, {updated} to update, {skipped} to skip, {already} already registered (nothing to change), {refused} with errors (shown in red: point at a cell to see why).</source>
            <translation>{read} rows read from {file} (sheet {sheet}, header on line {line}): {new} new, {updated} to update, {skipped} to skip, {already} already registered (nothing to change), {refused} with errors (shown in red: point at a cell to see why).</translation>
        </message>
        <message>
            <source>Done: {read} rows read from {file} (sheet {sheet}): {new} imported, {updated} updated, {skipped} skipped, {already} already registered (nothing changed), {refused} refused.</source>
            <translation>Done: {read} rows read from {file} (sheet {sheet}): {new} imported, {updated} updated, {skipped} skipped, {already} already registered (nothing changed), {refused} refused.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import {new} new and update {updated} records from {file}? {refused} rows with errors, {skipped} skipped rows and {already} rows already registered are left out. The good rows are written together: if the import is cancelled or fails part-way, none of them is written.</source>
            <translation>Import {new} new and update {updated} records from {file}? {refused} rows with errors, {skipped} skipped rows and {already} rows already registered are left out. The good rows are written together: if the import is cancelled or fails part-way, none of them is written.</translation>
        </message>
        <message>
            <source>The first {n} rows are shown.</source>
            <translation>The first {n} rows are shown.</translation>
        </message>
        <message>
            <source>The file could not be saved: {error}</source>
            <translation>The file could not be saved: {error}</translation>
        </message>
        <message>
            <source>{n} rows to fix were saved to {path}.</source>
            <translation>{n} rows to fix were saved to {path}.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Address (one column)</source>
            <translation>Address (one column)</translation>
        </message>
        <message>
            <source>Category tags</source>
            <translation>Category tags</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>Party branch</translation>
        </message>
        <message>
            <source>Disability grade</source>
            <translation>Disability grade</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Emergency contact</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Emergency phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
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
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>Guardian's relation</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>Guardian's phone</translation>
        </message>
        <message>
            <source>Guardian's ID number</source>
            <translation>Guardian's ID number</translation>
        </message>
        <message>
            <source>Pick-up adult 1</source>
            <translation>Pick-up adult 1</translation>
        </message>
        <message>
            <source>Pick-up adult 1: relation</source>
            <translation>Pick-up adult 1: relation</translation>
        </message>
        <message>
            <source>Pick-up adult 1: phone</source>
            <translation>Pick-up adult 1: phone</translation>
        </message>
        <message>
            <source>Pick-up adult 2</source>
            <translation>Pick-up adult 2</translation>
        </message>
        <message>
            <source>Pick-up adult 2: relation</source>
            <translation>Pick-up adult 2: relation</translation>
        </message>
        <message>
            <source>Pick-up adult 2: phone</source>
            <translation>Pick-up adult 2: phone</translation>
        </message>
        <message>
            <source>Type of volunteer</source>
            <translation>Type of volunteer</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>Volunteer number</translation>
        </message>
        <message>
            <source>Guardian's consent date</source>
            <translation>Guardian's consent date</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Children and their pick-up adults</source>
            <translation>Children and their pick-up adults</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingModel</name>
        <message>
            <source>Column in the sheet</source>
            <translation>Column in the sheet</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>First value</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Already registered</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>Cell {cell} holds a formula whose result is an error ({error}): correct it, or type the value.</source>
            <translation>Cell {cell} holds a formula whose result is an error ({error}): correct it, or type the value.</translation>
        </message>
        <message>
            <source>Cell {cell} holds a formula whose result is not saved in the file: open the file in Excel or WPS, save it and import it again, or type the value.</source>
            <translation>Cell {cell} holds a formula whose result is not saved in the file: open the file in Excel or WPS, save it and import it again, or type the value.</translation>
        </message>
        <message>
            <source>The ID number was saved as a number, so the spreadsheet kept only its first 15 digits and the last ones are lost. Type the number from the ID card again, in a text cell.</source>
            <translation>The ID number was saved as a number, so the spreadsheet kept only its first 15 digits and the last ones are lost. Type the number from the ID card again, in a text cell.</translation>
        </message>
        <message>
            <source>This is not an ID number.</source>
            <translation>This is not an ID number.</translation>
        </message>
        <message>
            <source>Not a date: {text}. Write it as 1949-12-31, 1949.12.31 or 1949年12月31日.</source>
            <translation>Not a date: {text}. Write it as 1949-12-31, 1949.12.31 or 1949年12月31日.</translation>
        </message>
        <message>
            <source>The date {text} has no day: write the full birth date.</source>
            <translation>The date {text} has no day: write the full birth date.</translation>
        </message>
        <message>
            <source>Write the gender as 男 or 女 (not {text}).</source>
            <translation>Write the gender as 男 or 女 (not {text}).</translation>
        </message>
        <message>
            <source>The address {text} cannot be split into building, unit and room: write it as 3栋2单元301室 or use three columns.</source>
            <translation>The address {text} cannot be split into building, unit and room: write it as 3栋2单元301室 or use three columns.</translation>
        </message>
        <message>
            <source>Write the type as 大学生, 党员 or 居民 (not {text}).</source>
            <translation>Write the type as 大学生, 党员 or 居民 (not {text}).</translation>
        </message>
        <message>
            <source>To fix</source>
            <translation>To fix</translation>
        </message>
        <message>
            <source>What to fix</source>
            <translation>What to fix</translation>
        </message>
        <message>
            <source>{name} is empty: it has no rows to import.</source>
            <translation>{name} is empty: it has no rows to import.</translation>
        </message>
        <message>
            <source>No header row was found in {name}: the table needs a row of column names with at least 姓名 and one more (性别, 身份证号, 出生日期, 联系电话 …).</source>
            <translation>No header row was found in {name}: the table needs a row of column names with at least 姓名 and one more (性别, 身份证号, 出生日期, 联系电话 …).</translation>
        </message>
        <message>
            <source>Already registered: {name} (record {id}).</source>
            <translation>Already registered: {name} (record {id}).</translation>
        </message>
        <message>
            <source>Already registered with these details: {name} (record {id}). Nothing changed.</source>
            <translation>Already registered with these details: {name} (record {id}). Nothing changed.</translation>
        </message>
        <message>
            <source>The same person as line {line} of this sheet.</source>
            <translation>The same person as line {line} of this sheet.</translation>
        </message>
        <message>
            <source>Names differ: this ID number is registered to {registered} (record {id}), this row says {name}. Check the ID number and the name.</source>
            <translation>Names differ: this ID number is registered to {registered} (record {id}), this row says {name}. Check the ID number and the name.</translation>
        </message>
        <message>
            <source>Names differ: this ID number is on line {line} under another name, this row says {name}.</source>
            <translation>Names differ: this ID number is on line {line} under another name, this row says {name}.</translation>
        </message>
        <message>
            <source>This ID number is already registered to {name}: one person, one record.</source>
            <translation>This ID number is already registered to {name}: one person, one record.</translation>
        </message>
        <message>
            <source>This ID number is on line {line} too.</source>
            <translation>This ID number is on line {line} too.</translation>
        </message>
        <message>
            <source>{name} is archived: restore the record before updating it.</source>
            <translation>{name} is archived: restore the record before updating it.</translation>
        </message>
        <message>
            <source>This ID number belongs to another registered resident.</source>
            <translation>This ID number belongs to another registered resident.</translation>
        </message>
        <message>
            <source>This person is on line {line} too: one person is one volunteer.</source>
            <translation>This person is on line {line} too: one person is one volunteer.</translation>
        </message>
        <message>
            <source>Already a volunteer: one person is one volunteer.</source>
            <translation>Already a volunteer: one person is one volunteer.</translation>
        </message>
        <message>
            <source>Choose the column that holds the name.</source>
            <translation>Choose the column that holds the name.</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was written.</source>
            <translation>The import was cancelled: nothing was written.</translation>
        </message>
        <message>
            <source>{name} has a header but no rows under it.</source>
            <translation>{name} has a header but no rows under it.</translation>
        </message>
        <message>
            <source>{name} is not a spreadsheet that can be read (.xlsx, .xls, .ods or .csv).</source>
            <translation>{name} is not a spreadsheet that can be read (.xlsx, .xls, .ods or .csv).</translation>
        </message>
        <message>
            <source>{name} is protected by a password. Open it, remove the password, save it and try again.</source>
            <translation>{name} is protected by a password. Open it, remove the password, save it and try again.</translation>
        </message>
        <message>
            <source>{name} has no sheet named {sheet}; its sheets: {sheets}.</source>
            <translation>{name} has no sheet named {sheet}; its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>The file {name} was not found.</source>
            <translation>The file {name} was not found.</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Visit request for the linked party member</source>
            <translation>Visit request for the linked party member</translation>
        </message>
        <message>
            <source>Dismiss the selected alert</source>
            <translation>Dismiss the selected alert</translation>
        </message>
        <message>
            <source>Open the resident's profile</source>
            <translation>Open the resident's profile</translation>
        </message>
        <message>
            <source>Work today's alerts out again</source>
            <translation>Work today's alerts out again</translation>
        </message>
        <message>
            <source>New request: find the resident</source>
            <translation>New request: find the resident</translation>
        </message>
        <message>
            <source>Dispatch the selected request</source>
            <translation>Dispatch the selected request</translation>
        </message>
        <message>
            <source>Choose the department to dispatch to</source>
            <translation>Choose the department to dispatch to</translation>
        </message>
        <message>
            <source>The department accepts (签收)</source>
            <translation>The department accepts (签收)</translation>
        </message>
        <message>
            <source>Find the party member who claims it</source>
            <translation>Find the party member who claims it</translation>
        </message>
        <message>
            <source>Party member claims the request</source>
            <translation>Party member claims the request</translation>
        </message>
        <message>
            <source>Start handling the request</source>
            <translation>Start handling the request</translation>
        </message>
        <message>
            <source>Resolve the selected request</source>
            <translation>Resolve the selected request</translation>
        </message>
        <message>
            <source>Record the follow-up call</source>
            <translation>Record the follow-up call</translation>
        </message>
        <message>
            <source>Find or scan a child</source>
            <translation>Find or scan a child</translation>
        </message>
        <message>
            <source>Sign the child in</source>
            <translation>Sign the child in</translation>
        </message>
        <message>
            <source>Sign the child out</source>
            <translation>Sign the child out</translation>
        </message>
        <message>
            <source>Find a volunteer for the shift</source>
            <translation>Find a volunteer for the shift</translation>
        </message>
        <message>
            <source>Check the volunteer in</source>
            <translation>Check the volunteer in</translation>
        </message>
        <message>
            <source>Check the volunteer out</source>
            <translation>Check the volunteer out</translation>
        </message>
        <message>
            <source>Approve the selected hours</source>
            <translation>Approve the selected hours</translation>
        </message>
        <message>
            <source>Reader: scan the card or find the resident</source>
            <translation>Reader: scan the card or find the resident</translation>
        </message>
        <message>
            <source>Lend: scan a book</source>
            <translation>Lend: scan a book</translation>
        </message>
        <message>
            <source>Return: scan any book</source>
            <translation>Return: scan any book</translation>
        </message>
        <message>
            <source>Renew the chosen loan</source>
            <translation>Renew the chosen loan</translation>
        </message>
        <message>
            <source>Place a hold for this reader</source>
            <translation>Place a hold for this reader</translation>
        </message>
        <message>
            <source>Find the resident to sign up</source>
            <translation>Find the resident to sign up</translation>
        </message>
        <message>
            <source>Sign the resident up</source>
            <translation>Sign the resident up</translation>
        </message>
        <message>
            <source>Mark present: a name or a scanned sheet code</source>
            <translation>Mark present: a name or a scanned sheet code</translation>
        </message>
        <message>
            <source>Save the tick list</source>
            <translation>Save the tick list</translation>
        </message>
        <message>
            <source>Find a resident's health record</source>
            <translation>Find a resident's health record</translation>
        </message>
        <message>
            <source>Save the readings</source>
            <translation>Save the readings</translation>
        </message>
        <message>
            <source>Record a follow-up under the selected plan</source>
            <translation>Record a follow-up under the selected plan</translation>
        </message>
        <message>
            <source>The due and overdue list</source>
            <translation>The due and overdue list</translation>
        </message>
        <message>
            <source>Find a household by its address (6-2-301)</source>
            <translation>Find a household by its address (6-2-301)</translation>
        </message>
        <message>
            <source>Record a visit to the household</source>
            <translation>Record a visit to the household</translation>
        </message>
        <message>
            <source>Link a party member (三带一联)</source>
            <translation>Link a party member (三带一联)</translation>
        </message>
        <message>
            <source>Mark the chosen follow-up task done</source>
            <translation>Mark the chosen follow-up task done</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Community Desk — {center}</source>
            <translation>Community Desk — {center}</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Counters</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>Today's alerts</translation>
        </message>
        <message>
            <source>Canteen</source>
            <translation>Canteen</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Book room</source>
            <translation>Book room</translation>
        </message>
        <message>
            <source>Classes &amp; activities</source>
            <translation>Classes &amp; activities</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Buildings &amp; visits</source>
            <translation>Buildings &amp; visits</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>Change my &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Find resident</source>
            <translation>&amp;Find resident</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Light theme</source>
            <translation>Light theme</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>Dark theme</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>&amp;Admin</translation>
        </message>
        <message>
            <source>Staff &amp;accounts…</source>
            <translation>Staff &amp;accounts…</translation>
        </message>
        <message>
            <source>Audit &amp;trail…</source>
            <translation>Audit &amp;trail…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Data and backups…</source>
            <translation>&amp;Data and backups…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Community Desk</source>
            <translation>&amp;About Community Desk</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Signed in: {name}</translation>
        </message>
        <message>
            <source>The screen lock cancelled a box that was waiting for an answer: nothing was done; do it again.</source>
            <translation>The screen lock cancelled a box that was waiting for an answer: nothing was done; do it again.</translation>
        </message>
        <message>
            <source>The language changes fully when Community Desk starts again.</source>
            <translation>The language changes fully when Community Desk starts again.</translation>
        </message>
        <message>
            <source>Backups from the app work on the embedded database only.</source>
            <translation>Backups from the app work on the embedded database only.</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Community Desk {version}
The front desk of a community service center.</source>
            <translation>Community Desk {version}
The front desk of a community service center.</translation>
        </message>
    </context>
    <context>
        <name>MonthPicker</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>{year}-{month:02d}</source>
            <translation>{year}-{month:02d}</translation>
        </message>
    </context>
    <context>
        <name>NumberEdit</name>
        <message>
            <source>{label}: give a number from {low} to {high} (at most {places} decimals); “{text}” was typed.</source>
            <translation>{label}: give a number from {low} to {high} (at most {places} decimals); “{text}” was typed.</translation>
        </message>
        <message>
            <source>{label}: give a whole number from {low} to {high}; “{text}” was typed.</source>
            <translation>{label}: give a whole number from {low} to {high}; “{text}” was typed.</translation>
        </message>
    </context>
    <context>
        <name>Phones</name>
        <message>
            <source>The phone number is empty.</source>
            <translation>The phone number is empty.</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>This is not a phone number.</translation>
        </message>
        <message>
            <source>This phone number is not valid: check the number of digits.</source>
            <translation>This phone number is not valid: check the number of digits.</translation>
        </message>
        <message>
            <source>“{part}” is not a phone number. Write a mobile (13812345678) or a landline with its area code (0571-88886666), an extension as 转123, and separate several numbers with 、</source>
            <translation>“{part}” is not a phone number. Write a mobile (13812345678) or a landline with its area code (0571-88886666), an extension as 转123, and separate several numbers with 、</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>{title}: coming soon</source>
            <translation>{title}: coming soon</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>district-report-{month}-DRAFT</source>
            <translation>district-report-{month}-DRAFT</translation>
        </message>
        <message>
            <source>district-report-{month}</source>
            <translation>district-report-{month}</translation>
        </message>
        <message>
            <source>Choose a month that has begun.</source>
            <translation>Choose a month that has begun.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>No subsidy</source>
            <translation>No subsidy</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Shifts</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Entered by hand</translation>
        </message>
        <message>
            <source>Request claims</source>
            <translation>Request claims</translation>
        </message>
        <message>
            <source>Classes taught</source>
            <translation>Classes taught</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Responded in time</source>
            <translation>Responded in time</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <source>Response rate</source>
            <translation>Response rate</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>Resolution rate</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>Satisfaction rate</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>Requests by category</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Requests by channel</source>
            <translation>Requests by channel</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>The three rates, month by month</source>
            <translation>The three rates, month by month</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Meals sold</source>
            <translation>Meals sold</translation>
        </message>
        <message>
            <source>Subsidised meals</source>
            <translation>Subsidised meals</translation>
        </message>
        <message>
            <source>Sales (yuan)</source>
            <translation>Sales (yuan)</translation>
        </message>
        <message>
            <source>Subsidy (yuan)</source>
            <translation>Subsidy (yuan)</translation>
        </message>
        <message>
            <source>Self-paid (yuan)</source>
            <translation>Self-paid (yuan)</translation>
        </message>
        <message>
            <source>Meals and subsidy by tier</source>
            <translation>Meals and subsidy by tier</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Meals and subsidy by day</source>
            <translation>Meals and subsidy by day</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Childcare attendance by program</source>
            <translation>Childcare attendance by program</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>Days open</translation>
        </message>
        <message>
            <source>Child-days</source>
            <translation>Child-days</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Per day</translation>
        </message>
        <message>
            <source>Absences</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Volunteer hours by kind</source>
            <translation>Volunteer hours by kind</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
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
            <source>Requests taken in</source>
            <translation>Requests taken in</translation>
        </message>
        <message>
            <source>Childcare child-days</source>
            <translation>Childcare child-days</translation>
        </message>
        <message>
            <source>Children in care</source>
            <translation>Children in care</translation>
        </message>
        <message>
            <source>Approved volunteer hours</source>
            <translation>Approved volunteer hours</translation>
        </message>
        <message>
            <source>Volunteers who served</source>
            <translation>Volunteers who served</translation>
        </message>
        <message>
            <source>Monthly report to the street office, {year}-{month:02d}</source>
            <translation>Monthly report to the street office, {year}-{month:02d}</translation>
        </message>
        <message>
            <source>DRAFT: figures as of {at}, the month is not over; not issued ({who}).</source>
            <translation>DRAFT: figures as of {at}, the month is not over; not issued ({who}).</translation>
        </message>
        <message>
            <source>Figures as of {at}; issued by {who}.</source>
            <translation>Figures as of {at}; issued by {who}.</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFT</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Subsidy by funder per day (yuan)</source>
            <translation>Subsidy by funder per day (yuan)</translation>
        </message>
        <message>
            <source>Meals sold per day</source>
            <translation>Meals sold per day</translation>
        </message>
        <message>
            <source>Approved volunteer hours by kind</source>
            <translation>Approved volunteer hours by kind</translation>
        </message>
        <message>
            <source>The month in figures</source>
            <translation>The month in figures</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>1. Residents' requests</source>
            <translation>1. Residents' requests</translation>
        </message>
        <message>
            <source>2. Elderly canteen</source>
            <translation>2. Elderly canteen</translation>
        </message>
        <message>
            <source>3. Childcare</source>
            <translation>3. Childcare</translation>
        </message>
        <message>
            <source>4. Volunteer service</source>
            <translation>4. Volunteer service</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>Prepared by: ____________    Person in charge: ____________    (Seal of the center)</source>
            <translation>Prepared by: ____________    Person in charge: ____________    (Seal of the center)</translation>
        </message>
        <message>
            <source>{title} — page {n}</source>
            <translation>{title} — page {n}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Residents' requests</source>
            <translation>Residents' requests</translation>
        </message>
        <message>
            <source>Elderly canteen</source>
            <translation>Elderly canteen</translation>
        </message>
        <message>
            <source>Childcare service</source>
            <translation>Childcare service</translation>
        </message>
        <message>
            <source>Volunteer service</source>
            <translation>Volunteer service</translation>
        </message>
    </context>
    <context>
        <name>RequestsPanel</name>
        <message>
            <source>Requests by channel</source>
            <translation>Requests by channel</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>Requests by category</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>The three rates, month by month</source>
            <translation>The three rates, month by month</translation>
        </message>
        <message>
            <source>Response rate</source>
            <translation>Response rate</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>Resolution rate</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>Satisfaction rate</translation>
        </message>
        <message>
            <source>Each row counts the requests received in its month (cancelled ones left out) as they stand today, their follow-up calls whenever made: answered ones rated, the others not reached.</source>
            <translation>Each row counts the requests received in its month (cancelled ones left out) as they stand today, their follow-up calls whenever made: answered ones rated, the others not reached.</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <source>Edit resident</source>
            <translation>Edit resident</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>New resident</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>18 digits, or 15 for an old card</source>
            <translation>18 digits, or 15 for an old card</translation>
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
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
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
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>mobile or landline</source>
            <translation>mobile or landline</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Registered local resident</source>
            <translation>Registered local resident</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Emergency contact</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Emergency phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <source>Reveal the full ID number</source>
            <translation>Reveal the full ID number</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
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
            <source>{masked} (type a new number to replace it)</source>
            <translation>{masked} (type a new number to replace it)</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 1950-03-21.</source>
            <translation>Write the date as YYYY-MM-DD, e.g. 1950-03-21.</translation>
        </message>
        <message>
            <source>Correct what is marked in red first.</source>
            <translation>Correct what is marked in red first.</translation>
        </message>
        <message>
            <source>Save anyway as a different person?</source>
            <translation>Save anyway as a different person?</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <source>Name, pinyin, phone or last digits of the ID</source>
            <translation>Name, pinyin, phone or last digits of the ID</translation>
        </message>
        <message>
            <source>Matching residents</source>
            <translation>Matching residents</translation>
        </message>
        <message>
            <source>Chosen: {who}</source>
            <translation>Chosen: {who}</translation>
        </message>
        <message>
            <source>Nobody chosen yet.</source>
            <translation>Nobody chosen yet.</translation>
        </message>
    </context>
    <context>
        <name>ResidentProfile</name>
        <message>
            <source>Resident profile</source>
            <translation>Resident profile</translation>
        </message>
        <message>
            <source>Find a resident by name, pinyin initials, phone or ID digits, or scan an ID card.</source>
            <translation>Find a resident by name, pinyin initials, phone or ID digits, or scan an ID card.</translation>
        </message>
        <message>
            <source>Archived: {reason}</source>
            <translation>Archived: {reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>Gender / age</source>
            <translation>Gender / age</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <source>Reveal the full ID number</source>
            <translation>Reveal the full ID number</translation>
        </message>
        <message>
            <source>Shows the full number once; this is recorded in the audit trail.</source>
            <translation>Shows the full number once; this is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>Local resident</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Emergency contact</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit resident</source>
            <translation>Edit resident</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>Archive…</translation>
        </message>
        <message>
            <source>Archive resident</source>
            <translation>Archive resident</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restore resident</source>
            <translation>Restore resident</translation>
        </message>
        <message>
            <source>Why is this record archived (moved away, deceased, duplicate…)?</source>
            <translation>Why is this record archived (moved away, deceased, duplicate…)?</translation>
        </message>
    </context>
    <context>
        <name>Residents</name>
        <message>
            <source>Bldg {b}</source>
            <translation>Bldg {b}</translation>
        </message>
        <message>
            <source>Unit {u}</source>
            <translation>Unit {u}</translation>
        </message>
        <message>
            <source>Room {r}</source>
            <translation>Room {r}</translation>
        </message>
        <message>
            <source>Enter the resident's name.</source>
            <translation>Enter the resident's name.</translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>The name contains control characters.</translation>
        </message>
        <message>
            <source>Choose male or female.</source>
            <translation>Choose male or female.</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future or before 1880.</source>
            <translation>The birth date cannot be in the future or before 1880.</translation>
        </message>
        <message>
            <source>The birth date does not match the ID number ({d}).</source>
            <translation>The birth date does not match the ID number ({d}).</translation>
        </message>
        <message>
            <source>The gender does not match the ID number.</source>
            <translation>The gender does not match the ID number.</translation>
        </message>
        <message>
            <source>Contains control characters.</source>
            <translation>Contains control characters.</translation>
        </message>
        <message>
            <source>Unknown category tag: {t}</source>
            <translation>Unknown category tag: {t}</translation>
        </message>
        <message>
            <source>A tag's detail is limited to 100 characters.</source>
            <translation>A tag's detail is limited to 100 characters.</translation>
        </message>
        <message>
            <source>This ID number is already registered to {name}.</source>
            <translation>This ID number is already registered to {name}.</translation>
        </message>
        <message>
            <source>That record is archived: restore it instead of adding a new one.</source>
            <translation>That record is archived: restore it instead of adding a new one.</translation>
        </message>
        <message>
            <source>{name}, born {d}, is already registered. Is this the same person?</source>
            <translation>{name}, born {d}, is already registered. Is this the same person?</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>This resident no longer exists.</translation>
        </message>
        <message>
            <source>This resident is archived: restore the record before changing it.</source>
            <translation>This resident is archived: restore the record before changing it.</translation>
        </message>
        <message>
            <source>Say why the record is archived.</source>
            <translation>Say why the record is archived.</translation>
        </message>
        <message>
            <source>This resident is already archived.</source>
            <translation>This resident is already archived.</translation>
        </message>
    </context>
    <context>
        <name>ResidentsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Find resident</source>
            <translation>Find resident</translation>
        </message>
        <message>
            <source>Name, pinyin initials (zsq), phone, or ID digits; scan an ID card</source>
            <translation>Name, pinyin initials (zsq), phone, or ID digits; scan an ID card</translation>
        </message>
        <message>
            <source>Include archived</source>
            <translation>Include archived</translation>
        </message>
        <message>
            <source>Include archived residents</source>
            <translation>Include archived residents</translation>
        </message>
        <message>
            <source>New resident…</source>
            <translation>New resident…</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>New resident</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>More than {n} matches: type more to narrow it down.</source>
            <translation>More than {n} matches: type more to narrow it down.</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} matches</translation>
        </message>
        <message>
            <source>{n} residents</source>
            <translation>{n} residents</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Nothing found for “{query}”.</source>
            <translation>Nothing found for “{query}”.</translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <source>database migrations not installed: {error}</source>
            <translation>database migrations not installed: {error}</translation>
        </message>
        <message>
            <source>database {where}: not created yet (the first start creates it)</source>
            <translation>database {where}: not created yet (the first start creates it)</translation>
        </message>
        <message>
            <source>database: {problem}</source>
            <translation>database: {problem}</translation>
        </message>
        <message>
            <source>database {where}: reachable, schema current</source>
            <translation>database {where}: reachable, schema current</translation>
        </message>
        <message>
            <source>database {where}: reachable, empty (the first start sets it up)</source>
            <translation>database {where}: reachable, empty (the first start sets it up)</translation>
        </message>
        <message>
            <source>database {where}: reachable, older schema (upgraded at the next start)</source>
            <translation>database {where}: reachable, older schema (upgraded at the next start)</translation>
        </message>
        <message>
            <source>folders not writable: {folders}</source>
            <translation>folders not writable: {folders}</translation>
        </message>
        <message>
            <source>folders writable: {folders}</source>
            <translation>folders writable: {folders}</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>Self-check</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>receipt PDF ({n} bytes)</source>
            <translation>receipt PDF ({n} bytes)</translation>
        </message>
        <message>
            <source>receipt PDF not drawn: {error}</source>
            <translation>receipt PDF not drawn: {error}</translation>
        </message>
        <message>
            <source>shipped Chinese fonts loaded ({families})</source>
            <translation>shipped Chinese fonts loaded ({families})</translation>
        </message>
        <message>
            <source>translations loaded ({sample})</source>
            <translation>translations loaded ({sample})</translation>
        </message>
        <message>
            <source>window drawn (Qt platform {name})</source>
            <translation>window drawn (Qt platform {name})</translation>
        </message>
        <message>
            <source>missing: {names}</source>
            <translation>missing: {names}</translation>
        </message>
        <message>
            <source>tabs: {names}</source>
            <translation>tabs: {names}</translation>
        </message>
        <message>
            <source>self-check passed</source>
            <translation>self-check passed</translation>
        </message>
        <message>
            <source>self-check failed</source>
            <translation>self-check failed</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Expected text.</source>
            <translation>Expected text.</translation>
        </message>
        <message>
            <source>A value is required.</source>
            <translation>A value is required.</translation>
        </message>
        <message>
            <source>Contains control characters; type it again.</source>
            <translation>Contains control characters; type it again.</translation>
        </message>
        <message>
            <source>Receipt paper is 58 mm or 80 mm wide.</source>
            <translation>Receipt paper is 58 mm or 80 mm wide.</translation>
        </message>
        <message>
            <source>Not a known time zone (for example Asia/Shanghai).</source>
            <translation>Not a known time zone (for example Asia/Shanghai).</translation>
        </message>
        <message>
            <source>Expected yes or no.</source>
            <translation>Expected yes or no.</translation>
        </message>
        <message>
            <source>Expected a table of column names and fields.</source>
            <translation>Expected a table of column names and fields.</translation>
        </message>
        <message>
            <source>The center's name is required.</source>
            <translation>The center's name is required.</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>The idle lock is 1 to 240 minutes.</translation>
        </message>
        <message>
            <source>Keep 1 to 365 backups (a whole number).</source>
            <translation>Keep 1 to 365 backups (a whole number).</translation>
        </message>
        <message>
            <source>Either refuse or sell at full price.</source>
            <translation>Either refuse or sell at full price.</translation>
        </message>
        <message>
            <source>The attendance needed for a certificate is 0 to 100 per cent.</source>
            <translation>The attendance needed for a certificate is 0 to 100 per cent.</translation>
        </message>
        <message>
            <source>Expected a table of values.</source>
            <translation>Expected a table of values.</translation>
        </message>
        <message>
            <source>Not a setting's name: {key}</source>
            <translation>Not a setting's name: {key}</translation>
        </message>
        <message>
            <source>Unknown setting: {key}</source>
            <translation>Unknown setting: {key}</translation>
        </message>
        <message>
            <source>Community Service Center</source>
            <translation>Community Service Center</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Keys of a counter work while that counter is on screen; F1 shows its help.</source>
            <translation>Keys of a counter work while that counter is on screen; F1 shows its help.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsModel</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>District report (PDF and Excel)…</source>
            <translation>District report (PDF and Excel)…</translation>
        </message>
        <message>
            <source>Make the district monthly report</source>
            <translation>Make the district monthly report</translation>
        </message>
        <message>
            <source>The month's report for the street office. A month already sent is printed again exactly as it was first issued.</source>
            <translation>The month's report for the street office. A month already sent is printed again exactly as it was first issued.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Counters</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Canteen</source>
            <translation>Canteen</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Saved: {files}</source>
            <translation>Saved: {files}</translation>
        </message>
        <message>
            <source>{month} is not over yet: this is a draft, marked 草稿 on every page, and nothing was issued. Make the report for the street office once the month has ended.
{files}</source>
            <translation>{month} is not over yet: this is a draft, marked 草稿 on every page, and nothing was issued. Make the report for the street office once the month has ended.
{files}</translation>
        </message>
        <message>
            <source>{month} was issued on {at} by {who}. It is printed again from the figures sent then; this version of the program lays the pages out differently.
{files}</source>
            <translation>{month} was issued on {at} by {who}. It is printed again from the figures sent then; this version of the program lays the pages out differently.
{files}</translation>
        </message>
        <message>
            <source>{month} was issued on {at} by {who}: it is printed again exactly as it was sent.
{files}</source>
            <translation>{month} was issued on {at} by {who}: it is printed again exactly as it was sent.
{files}</translation>
        </message>
        <message>
            <source>District monthly report</source>
            <translation>District monthly report</translation>
        </message>
        <message>
            <source>Preparing the district report…</source>
            <translation>Preparing the district report…</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Subsistence allowance</source>
            <translation>Subsistence allowance</translation>
        </message>
        <message>
            <source>Extreme poverty</source>
            <translation>Extreme poverty</translation>
        </message>
        <message>
            <source>Near subsistence</source>
            <translation>Near subsistence</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Living alone</source>
            <translation>Living alone</translation>
        </message>
        <message>
            <source>Empty nest</source>
            <translation>Empty nest</translation>
        </message>
        <message>
            <source>Veteran</source>
            <translation>Veteran</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>New employment group</source>
            <translation>New employment group</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>Party branch</translation>
        </message>
        <message>
            <source>Rider / courier / driver</source>
            <translation>Rider / courier / driver</translation>
        </message>
    </context>
    <context>
        <name>Typed</name>
        <message>
            <source>{amount} has more than 2 decimals: amounts are in yuan to the fen, e.g. 10.05.</source>
            <translation>{amount} has more than 2 decimals: amounts are in yuan to the fen, e.g. 10.05.</translation>
        </message>
        <message>
            <source>The amount is too large: at most {most}.</source>
            <translation>The amount is too large: at most {most}.</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPanel</name>
        <message>
            <source>Approved volunteer hours by kind</source>
            <translation>Approved volunteer hours by kind</translation>
        </message>
    </context>
</TS>
