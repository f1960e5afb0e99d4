<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CataloguePanel</name>
        <message>
            <source>Department name</source>
            <translation>Department name</translation>
        </message>
        <message>
            <source>Partner organisation (红色合伙人)</source>
            <translation>Partner organisation (红色合伙人)</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Partner organisation</translation>
        </message>
        <message>
            <source>Department phone</source>
            <translation>Department phone</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Add department</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>Category name</translation>
        </message>
        <message>
            <source>Deadline in working days</source>
            <translation>Deadline in working days</translation>
        </message>
        <message>
            <source>Default department</source>
            <translation>Default department</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Add category</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>New department or partner</source>
            <translation>New department or partner</translation>
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
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <source>Deadline (working days)</source>
            <translation>Deadline (working days)</translation>
        </message>
        <message>
            <source>Departments and partners</source>
            <translation>Departments and partners</translation>
        </message>
        <message>
            <source>Categories handled</source>
            <translation>Categories handled</translation>
        </message>
        <message>
            <source>Save categories handled</source>
            <translation>Save categories handled</translation>
        </message>
        <message>
            <source>Archive department…</source>
            <translation>Archive department…</translation>
        </message>
        <message>
            <source>Archive department</source>
            <translation>Archive department</translation>
        </message>
        <message>
            <source>Archive category…</source>
            <translation>Archive category…</translation>
        </message>
        <message>
            <source>Archive category</source>
            <translation>Archive category</translation>
        </message>
        <message>
            <source>Categories the selected one handles (offered when dispatching):</source>
            <translation>Categories the selected one handles (offered when dispatching):</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Why is {name} archived?</source>
            <translation>Why is {name} archived?</translation>
        </message>
        <message>
            <source>Choose a category in the list first.</source>
            <translation>Choose a category in the list first.</translation>
        </message>
    </context>
    <context>
        <name>CategoryModel</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Deadline (working days)</source>
            <translation>Deadline (working days)</translation>
        </message>
        <message>
            <source>Default department</source>
            <translation>Default department</translation>
        </message>
    </context>
    <context>
        <name>DepartmentModel</name>
        <message>
            <source>Department or partner</source>
            <translation>Department or partner</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Categories handled</source>
            <translation>Categories handled</translation>
        </message>
        <message>
            <source>partner (红色合伙人)</source>
            <translation>partner (红色合伙人)</translation>
        </message>
        <message>
            <source>department</source>
            <translation>department</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Find resident</source>
            <translation>Find resident</translation>
        </message>
        <message>
            <source>Name, pinyin initials, phone or ID digits; empty = anonymous</source>
            <translation>Name, pinyin initials, phone or ID digits; empty = anonymous</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
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
            <source>Contact name</source>
            <translation>Contact name</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Came in on</source>
            <translation>Came in on</translation>
        </message>
        <message>
            <source>For a visit or council item recorded later; never a future day</source>
            <translation>For a visit or council item recorded later; never a future day</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>What the resident needs — Enter starts a new line, Ctrl+Enter saves and prints</source>
            <translation>What the resident needs — Enter starts a new line, Ctrl+Enter saves and prints</translation>
        </message>
        <message>
            <source>Agrees to a follow-up call</source>
            <translation>Agrees to a follow-up call</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Callback</translation>
        </message>
        <message>
            <source>Handled on the spot (即时办结)</source>
            <translation>Handled on the spot (即时办结)</translation>
        </message>
        <message>
            <source>On the spot</source>
            <translation>On the spot</translation>
        </message>
        <message>
            <source>How it was handled</source>
            <translation>How it was handled</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save and print receipt (Ctrl+Enter)</source>
            <translation>Save and print receipt (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Preview receipt</source>
            <translation>Preview receipt</translation>
        </message>
        <message>
            <source>No receipt yet: save a request first.</source>
            <translation>No receipt yet: save a request first.</translation>
        </message>
        <message>
            <source>Saved request</source>
            <translation>Saved request</translation>
        </message>
        <message>
            <source>Contact (anonymous callers)</source>
            <translation>Contact (anonymous callers)</translation>
        </message>
        <message>
            <source>came in on</source>
            <translation>came in on</translation>
        </message>
        <message>
            <source>Save the request and print its receipt</source>
            <translation>Save the request and print its receipt</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”: anonymous</source>
            <translation>Nothing found for “{query}”: anonymous</translation>
        </message>
        <message>
            <source>New resident #{id}</source>
            <translation>New resident #{id}</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>receipt queued (no printer)</source>
            <translation>receipt queued (no printer)</translation>
        </message>
        <message>
            <source>{number} — handled on the spot, {note}</source>
            <translation>{number} — handled on the spot, {note}</translation>
        </message>
        <message>
            <source>{number} — expected by {due}, {note}</source>
            <translation>{number} — expected by {due}, {note}</translation>
        </message>
        <message>
            <source>Request receipt</source>
            <translation>Request receipt</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Monthly report (PDF)</source>
            <translation>Monthly report (PDF)</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>Every figure counts the requests received in the month (cancelled ones left out), as they stand today. Response rate: signed for or handled on the spot within one working day. Resolution rate: resolved or closed. Satisfaction rate: satisfied or basically satisfied, of those whose follow-up call was answered; calls that reached nobody are counted apart (not reached).</source>
            <translation>Every figure counts the requests received in the month (cancelled ones left out), as they stand today. Response rate: signed for or handled on the spot within one working day. Resolution rate: resolved or closed. Satisfaction rate: satisfied or basically satisfied, of those whose follow-up call was answered; calls that reached nobody are counted apart (not reached).</translation>
        </message>
        <message>
            <source>Requests monthly report</source>
            <translation>Requests monthly report</translation>
        </message>
        <message>
            <source>Preparing the monthly report…</source>
            <translation>Preparing the monthly report…</translation>
        </message>
    </context>
    <context>
        <name>RequestAction</name>
        <message>
            <source>dispatched</source>
            <translation>dispatched</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>claimed</translation>
        </message>
        <message>
            <source>started</source>
            <translation>started</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>followed up</source>
            <translation>followed up</translation>
        </message>
        <message>
            <source>closed without a follow-up</source>
            <translation>closed without a follow-up</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>paused for the resident</source>
            <translation>paused for the resident</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>resumed</translation>
        </message>
        <message>
            <source>given an extension request</source>
            <translation>given an extension request</translation>
        </message>
        <message>
            <source>given an extension decision</source>
            <translation>given an extension decision</translation>
        </message>
        <message>
            <source>taken in</source>
            <translation>taken in</translation>
        </message>
        <message>
            <source>handled on the spot</source>
            <translation>handled on the spot</translation>
        </message>
    </context>
    <context>
        <name>RequestDetailView</name>
        <message>
            <source>Request</source>
            <extracomment>The steps of the work in order: after one, the keyboard focus goes to the next that is possible, never to 退回, 取消 or 关闭 (a Space there would open their dialog). The list's share of the page's width, in per cent, before the user moves the splitter.</extracomment>
            <translation>Request</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Choose a department…</source>
            <translation>Choose a department…</translation>
        </message>
        <message>
            <source>Find party member</source>
            <translation>Find party member</translation>
        </message>
        <message>
            <source>Party member's name</source>
            <translation>Party member's name</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>Choose a party member…</source>
            <translation>Choose a party member…</translation>
        </message>
        <message>
            <source>Service minutes per claimer</source>
            <translation>Service minutes per claimer</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Extension days</source>
            <translation>Extension days</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> working days</translation>
        </message>
        <message>
            <source>Dispatch to</source>
            <translation>Dispatch to</translation>
        </message>
        <message>
            <source>Claimer</source>
            <translation>Claimer</translation>
        </message>
        <message>
            <source>Minutes per claimer</source>
            <translation>Minutes per claimer</translation>
        </message>
        <message>
            <source>Follow-up outcome</source>
            <translation>Follow-up outcome</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extension</translation>
        </message>
        <message>
            <source>Reprint receipt (副本)</source>
            <translation>Reprint receipt (副本)</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Reprint receipt</translation>
        </message>
        <message>
            <source>Why an action is not offered</source>
            <translation>Why an action is not offered</translation>
        </message>
        <message>
            <source>Request description</source>
            <translation>Request description</translation>
        </message>
        <message>
            <source> (partner)</source>
            <translation> (partner)</translation>
        </message>
        <message>
            <source> (suggested)</source>
            <translation> (suggested)</translation>
        </message>
        <message>
            <source>Choose the department first.</source>
            <translation>Choose the department first.</translation>
        </message>
        <message>
            <source>Choose the party member first.</source>
            <translation>Choose the party member first.</translation>
        </message>
        <message>
            <source>{action}: {reason}</source>
            <translation>{action}: {reason}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source> Any other colleague with the role {roles} may record it.</source>
            <translation> Any other colleague with the role {roles} may record it.</translation>
        </message>
        <message>
            <source>No request selected</source>
            <translation>No request selected</translation>
        </message>
        <message>
            <source>Choose a request in the list.</source>
            <translation>Choose a request in the list.</translation>
        </message>
        <message>
            <source>Choose a request in the list first.</source>
            <translation>Choose a request in the list first.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source> · waiting for the resident since {day}</source>
            <translation> · waiting for the resident since {day}</translation>
        </message>
        <message>
            <source>{category} · {channel} · {urgency}</source>
            <translation>{category} · {channel} · {urgency}</translation>
        </message>
        <message>
            <source>Resident: {name} {phone}</source>
            <translation>Resident: {name} {phone}</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>Department: {department}</source>
            <translation>Department: {department}</translation>
        </message>
        <message>
            <source>Taken in {day}, due {due}; reopened {n} times</source>
            <translation>Taken in {day}, due {due}; reopened {n} times</translation>
        </message>
        <message>
            <source>Claimed by: {names}</source>
            <translation>Claimed by: {names}</translation>
        </message>
        <message>
            <source>Extension asked: {days} working days ({reason})</source>
            <translation>Extension asked: {days} working days ({reason})</translation>
        </message>
        <message>
            <source>Resolution: {note}</source>
            <translation>Resolution: {note}</translation>
        </message>
        <message>
            <source> · the resident asked not to be called back</source>
            <translation> · the resident asked not to be called back</translation>
        </message>
        <message>
            <source> · follow-up calls without an answer: {n}</source>
            <translation> · follow-up calls without an answer: {n}</translation>
        </message>
        <message>
            <source>Only an administrator decides an extension.</source>
            <translation>Only an administrator decides an extension.</translation>
        </message>
        <message>
            <source>Only an administrator closes a request without its follow-up.</source>
            <translation>Only an administrator closes a request without its follow-up.</translation>
        </message>
        <message>
            <source>Already waiting for the resident.</source>
            <translation>Already waiting for the resident.</translation>
        </message>
        <message>
            <source>Not waiting for the resident.</source>
            <translation>Not waiting for the resident.</translation>
        </message>
        <message>
            <source>An extension has already been asked for.</source>
            <translation>An extension has already been asked for.</translation>
        </message>
        <message>
            <source>No extension has been asked for.</source>
            <translation>No extension has been asked for.</translation>
        </message>
        <message>
            <source>Not possible for this request now.</source>
            <translation>Not possible for this request now.</translation>
        </message>
        <message>
            <source>Not possible while the request is {state}.</source>
            <translation>Not possible while the request is {state}.</translation>
        </message>
        <message>
            <source>Request receipt (copy)</source>
            <translation>Request receipt (copy)</translation>
        </message>
        <message>
            <source>Dispatch {number} to {department}?</source>
            <translation>Dispatch {number} to {department}?</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Why is it returned to the center?</source>
            <translation>Why is it returned to the center?</translation>
        </message>
        <message>
            <source>Record {member} as claiming {number}?</source>
            <translation>Record {member} as claiming {number}?</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>How was it resolved?</source>
            <translation>How was it resolved?</translation>
        </message>
        <message>
            <source>Follow-up: {rating}</source>
            <translation>Follow-up: {rating}</translation>
        </message>
        <message>
            <source>What happened? (optional; the request still waits for its follow-up)</source>
            <translation>What happened? (optional; the request still waits for its follow-up)</translation>
        </message>
        <message>
            <source>What did the resident say? (optional)</source>
            <translation>What did the resident say? (optional)</translation>
        </message>
        <message>
            <source>Close without follow-up</source>
            <translation>Close without follow-up</translation>
        </message>
        <message>
            <source>Why is it closed without the resident's rating? (calls without an answer: {n})</source>
            <translation>Why is it closed without the resident's rating? (calls without an answer: {n})</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Cancel request</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>Why is it cancelled?</translation>
        </message>
        <message>
            <source>Why is more time needed?</source>
            <translation>Why is more time needed?</translation>
        </message>
        <message>
            <source>Approve the extension? (No refuses it.)</source>
            <translation>Approve the extension? (No refuses it.)</translation>
        </message>
    </context>
    <context>
        <name>RequestListModel</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Taken in</source>
            <translation>Taken in</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation>due soon</translation>
        </message>
        <message>
            <source>waiting for resident</source>
            <translation>waiting for resident</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>on time</translation>
        </message>
        <message>
            <source>follow-up due</source>
            <translation>follow-up due</translation>
        </message>
        <message>
            <source>follow-up overdue</source>
            <translation>follow-up overdue</translation>
        </message>
        <message>
            <source>no callback wanted</source>
            <translation>no callback wanted</translation>
        </message>
    </context>
    <context>
        <name>RequestQueue</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
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
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>My queue</source>
            <translation>My queue</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>Filter by date</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Number, description or resident</source>
            <translation>Number, description or resident</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Choose a month that has begun.</source>
            <translation>Choose a month that has begun.</translation>
        </message>
        <message>
            <source>(not dispatched)</source>
            <translation>(not dispatched)</translation>
        </message>
        <message>
            <source>The department needs a name.</source>
            <translation>The department needs a name.</translation>
        </message>
        <message>
            <source>A department with this name exists already.</source>
            <translation>A department with this name exists already.</translation>
        </message>
        <message>
            <source>The category needs a name.</source>
            <translation>The category needs a name.</translation>
        </message>
        <message>
            <source>The deadline is 0 to 60 working days.</source>
            <translation>The deadline is 0 to 60 working days.</translation>
        </message>
        <message>
            <source>A category with this name exists already.</source>
            <translation>A category with this name exists already.</translation>
        </message>
        <message>
            <source>Give the reason for archiving.</source>
            <translation>Give the reason for archiving.</translation>
        </message>
        <message>
            <source>No such department or partner.</source>
            <translation>No such department or partner.</translation>
        </message>
        <message>
            <source>{name} still has {n} open requests; finish or re-dispatch them before archiving.</source>
            <translation>{name} still has {n} open requests; finish or re-dispatch them before archiving.</translation>
        </message>
        <message>
            <source>No such category.</source>
            <translation>No such category.</translation>
        </message>
        <message>
            <source>Choose categories from the list.</source>
            <translation>Choose categories from the list.</translation>
        </message>
        <message>
            <source>Describe the request.</source>
            <translation>Describe the request.</translation>
        </message>
        <message>
            <source>Choose how the request came in.</source>
            <translation>Choose how the request came in.</translation>
        </message>
        <message>
            <source>Choose the urgency.</source>
            <translation>Choose the urgency.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Choose a category.</translation>
        </message>
        <message>
            <source>This resident is not registered (or archived).</source>
            <translation>This resident is not registered (or archived).</translation>
        </message>
        <message>
            <source>The date the request came in cannot be in the future.</source>
            <translation>The date the request came in cannot be in the future.</translation>
        </message>
        <message>
            <source>Say how the request was handled on the spot.</source>
            <translation>Say how the request was handled on the spot.</translation>
        </message>
        <message>
            <source>Request receipt (受理回执)</source>
            <translation>Request receipt (受理回执)</translation>
        </message>
        <message>
            <source>You handled this request, so a colleague records its follow-up (the resident's rating).</source>
            <translation>You handled this request, so a colleague records its follow-up (the resident's rating).</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Claimer</source>
            <translation>Claimer</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>Service station</translation>
        </message>
        <message>
            <source>Every figure counts the requests received in the month, as they stand on {today}.</source>
            <translation>Every figure counts the requests received in the month, as they stand on {today}.</translation>
        </message>
        <message>
            <source>Requests received in the month: {total} (cancelled {cancelled})</source>
            <translation>Requests received in the month: {total} (cancelled {cancelled})</translation>
        </message>
        <message>
            <source>Satisfaction rate: {rate} — satisfied or basically satisfied, of {n} requests whose follow-up call was answered; not reached: {unreached} (left out of the rate)</source>
            <translation>Satisfaction rate: {rate} — satisfied or basically satisfied, of {n} requests whose follow-up call was answered; not reached: {unreached} (left out of the rate)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Response rate: {rate} — signed for or handled on the spot within 1 working day</source>
            <translation>Response rate: {rate} — signed for or handled on the spot within 1 working day</translation>
        </message>
        <message>
            <source>Resolution rate: {rate} — resolved or closed</source>
            <translation>Resolution rate: {rate} — resolved or closed</translation>
        </message>
        <message>
            <source>Overdue: {open} still open past the due date, {late} resolved late; reopened: {reopened}</source>
            <translation>Overdue: {open} still open past the due date, {late} resolved late; reopened: {reopened}</translation>
        </message>
        <message>
            <source>Average time to resolve: {days} days</source>
            <translation>Average time to resolve: {days} days</translation>
        </message>
        <message>
            <source>Requests monthly report</source>
            <translation>Requests monthly report</translation>
        </message>
        <message>
            <source>Grouping</source>
            <translation>Grouping</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Taken in</source>
            <translation>Taken in</translation>
        </message>
        <message>
            <source>Came in on</source>
            <translation>Came in on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>handled on the spot</source>
            <translation>handled on the spot</translation>
        </message>
        <message>
            <source>Expected by</source>
            <translation>Expected by</translation>
        </message>
        <message>
            <source>Quote the number when you ask about your request.</source>
            <translation>Quote the number when you ask about your request.</translation>
        </message>
        <message>
            <source>No such request.</source>
            <translation>No such request.</translation>
        </message>
        <message>
            <source>Choose a department or partner.</source>
            <translation>Choose a department or partner.</translation>
        </message>
        <message>
            <source>Give the reason for returning it.</source>
            <translation>Give the reason for returning it.</translation>
        </message>
        <message>
            <source>Choose at least one party member.</source>
            <translation>Choose at least one party member.</translation>
        </message>
        <message>
            <source>Only registered party members can claim work.</source>
            <translation>Only registered party members can claim work.</translation>
        </message>
        <message>
            <source>These party members have claimed this request already.</source>
            <translation>These party members have claimed this request already.</translation>
        </message>
        <message>
            <source>Say how the request was resolved.</source>
            <translation>Say how the request was resolved.</translation>
        </message>
        <message>
            <source>Service time is 0 to 1440 minutes.</source>
            <translation>Service time is 0 to 1440 minutes.</translation>
        </message>
        <message>
            <source>Request {number}</source>
            <translation>Request {number}</translation>
        </message>
        <message>
            <source>Choose the resident's rating.</source>
            <translation>Choose the resident's rating.</translation>
        </message>
        <message>
            <source>Give the reason for closing without a follow-up.</source>
            <translation>Give the reason for closing without a follow-up.</translation>
        </message>
        <message>
            <source>Give the reason for cancelling.</source>
            <translation>Give the reason for cancelling.</translation>
        </message>
        <message>
            <source>This request is already waiting for the resident.</source>
            <translation>This request is already waiting for the resident.</translation>
        </message>
        <message>
            <source>This request is not waiting for the resident.</source>
            <translation>This request is not waiting for the resident.</translation>
        </message>
        <message>
            <source>An extension request is already waiting for a decision.</source>
            <translation>An extension request is already waiting for a decision.</translation>
        </message>
        <message>
            <source>An extension is 1 to 30 working days.</source>
            <translation>An extension is 1 to 30 working days.</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>Give the reason for the extension.</translation>
        </message>
        <message>
            <source>No extension has been asked for.</source>
            <translation>No extension has been asked for.</translation>
        </message>
        <message>
            <source>extension approved</source>
            <translation>extension approved</translation>
        </message>
        <message>
            <source>extension refused</source>
            <translation>extension refused</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>Drinking water</translation>
        </message>
        <message>
            <source>Phone charging</source>
            <translation>Phone charging</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Rest</translation>
        </message>
        <message>
            <source>Heating a meal</source>
            <translation>Heating a meal</translation>
        </message>
        <message>
            <source>Toilet</source>
            <translation>Toilet</translation>
        </message>
        <message>
            <source>First-aid kit</source>
            <translation>First-aid kit</translation>
        </message>
        <message>
            <source>The service needs a name (50 characters at most).</source>
            <translation>The service needs a name (50 characters at most).</translation>
        </message>
        <message>
            <source>This service exists already.</source>
            <translation>This service exists already.</translation>
        </message>
        <message>
            <source>No such station service.</source>
            <translation>No such station service.</translation>
        </message>
        <message>
            <source>There is no click of today to undo.</source>
            <translation>There is no click of today to undo.</translation>
        </message>
        <message>
            <source>A request that is {state} cannot be {action}.</source>
            <translation>A request that is {state} cannot be {action}.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>dispatched</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>claimed</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Dispatch…</source>
            <translation>Dispatch…</translation>
        </message>
        <message>
            <source>Accept (签收)</source>
            <translation>Accept (签收)</translation>
        </message>
        <message>
            <source>Return (退单)…</source>
            <translation>Return (退单)…</translation>
        </message>
        <message>
            <source>Claim by party member…</source>
            <translation>Claim by party member…</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>Start work</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <source>Follow-up…</source>
            <translation>Follow-up…</translation>
        </message>
        <message>
            <source>Close unrated…</source>
            <translation>Close unrated…</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>Cancel request…</translation>
        </message>
        <message>
            <source>Wait for resident</source>
            <translation>Wait for resident</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Ask for extension…</source>
            <translation>Ask for extension…</translation>
        </message>
        <message>
            <source>Decide extension…</source>
            <translation>Decide extension…</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>door-to-door visit</source>
            <translation>door-to-door visit</translation>
        </message>
        <message>
            <source>online questionnaire</source>
            <translation>online questionnaire</translation>
        </message>
        <message>
            <source>residents' council</source>
            <translation>residents' council</translation>
        </message>
        <message>
            <source>grid worker</source>
            <translation>grid worker</translation>
        </message>
        <message>
            <source>12345 transfer</source>
            <translation>12345 transfer</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>very urgent</source>
            <translation>very urgent</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>satisfied</translation>
        </message>
        <message>
            <source>basically satisfied</source>
            <translation>basically satisfied</translation>
        </message>
        <message>
            <source>unsatisfied</source>
            <translation>unsatisfied</translation>
        </message>
        <message>
            <source>not reached (no answer)</source>
            <translation>not reached (no answer)</translation>
        </message>
        <message>
            <source>declined the call</source>
            <translation>declined the call</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>Service station</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>Departments and categories</source>
            <translation>Departments and categories</translation>
        </message>
    </context>
    <context>
        <name>RequestsProfile</name>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Requests of this resident</source>
            <translation>Requests of this resident</translation>
        </message>
    </context>
    <context>
        <name>StationPanel</name>
        <message>
            <source>Undo last click</source>
            <translation>Undo last click</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>New service</translation>
        </message>
        <message>
            <source>Add a service…</source>
            <translation>Add a service…</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>One click per service given today:</source>
            <translation>One click per service given today:</translation>
        </message>
        <message>
            <source>{name}
{count} today</source>
            <translation>{name}
{count} today</translation>
        </message>
        <message>
            <source>This month ({month}):</source>
            <translation>This month ({month}):</translation>
        </message>
        <message>
            <source>Undone: {name}</source>
            <translation>Undone: {name}</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
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
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
</TS>
