<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BoardTab</name>
        <message>
            <source>Buildings</source>
            <translation>Buildings</translation>
        </message>
        <message>
            <source>Building board</source>
            <translation>Building board</translation>
        </message>
        <message>
            <source>Days since the last visit:</source>
            <translation>Days since the last visit:</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>up to 14</source>
            <translation>up to 14</translation>
        </message>
        <message>
            <source>15–30</source>
            <translation>15–30</translation>
        </message>
        <message>
            <source>31–60</source>
            <translation>31–60</translation>
        </message>
        <message>
            <source>over 60</source>
            <translation>over 60</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>★ 80+ living alone</source>
            <translation>★ 80+ living alone</translation>
        </message>
        <message>
            <source>No building has residents yet.</source>
            <translation>No building has residents yet.</translation>
        </message>
        <message>
            <source>{building}: {n} households</source>
            <translation>{building}: {n} households</translation>
        </message>
    </context>
    <context>
        <name>BuildingsModel</name>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
    </context>
    <context>
        <name>Community</name>
        <message>
            <source>Bldg {b}</source>
            <translation>Bldg {b}</translation>
        </message>
        <message>
            <source>unit {u}</source>
            <translation>unit {u}</translation>
        </message>
        <message>
            <source>room {r}</source>
            <translation>room {r}</translation>
        </message>
        <message>
            <source>{building} {unit} {room}</source>
            <translation>{building} {unit} {room}</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Council chair</source>
            <translation>Council chair</translation>
        </message>
        <message>
            <source>Building head</source>
            <translation>Building head</translation>
        </message>
        <message>
            <source>Unit head</source>
            <translation>Unit head</translation>
        </message>
        <message>
            <source>Council member</source>
            <translation>Council member</translation>
        </message>
        <message>
            <source>Routine visit</source>
            <translation>Routine visit</translation>
        </message>
        <message>
            <source>Care visit</source>
            <translation>Care visit</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>Follow-up visit</translation>
        </message>
        <message>
            <source>Council visit</source>
            <translation>Council visit</translation>
        </message>
        <message>
            <source>All well</source>
            <translation>All well</translation>
        </message>
        <message>
            <source>Need found</source>
            <translation>Need found</translation>
        </message>
        <message>
            <source>Nobody home</source>
            <translation>Nobody home</translation>
        </message>
        <message>
            <source>This resident is not registered.</source>
            <translation>This resident is not registered.</translation>
        </message>
        <message>
            <source>{name} is archived: an archived resident cannot be linked.</source>
            <translation>{name} is archived: an archived resident cannot be linked.</translation>
        </message>
        <message>
            <source>{name} is not registered as a party member.</source>
            <translation>{name} is not registered as a party member.</translation>
        </message>
        <message>
            <source>Nobody registered lives at {address}.</source>
            <translation>Nobody registered lives at {address}.</translation>
        </message>
        <message>
            <source>{what} cannot be in the future.</source>
            <translation>{what} cannot be in the future.</translation>
        </message>
        <message>
            <source>Give the council a name.</source>
            <translation>Give the council a name.</translation>
        </message>
        <message>
            <source>Choose a role on the council.</source>
            <translation>Choose a role on the council.</translation>
        </message>
        <message>
            <source>Give the date the role starts.</source>
            <translation>Give the date the role starts.</translation>
        </message>
        <message>
            <source>The start of a role</source>
            <translation>The start of a role</translation>
        </message>
        <message>
            <source>This council does not exist (or is archived).</source>
            <translation>This council does not exist (or is archived).</translation>
        </message>
        <message>
            <source>The end of a role</source>
            <translation>The end of a role</translation>
        </message>
        <message>
            <source>This role has already ended.</source>
            <translation>This role has already ended.</translation>
        </message>
        <message>
            <source>A role cannot end before it starts.</source>
            <translation>A role cannot end before it starts.</translation>
        </message>
        <message>
            <source>Choose a household, a unit or a building.</source>
            <translation>Choose a household, a unit or a building.</translation>
        </message>
        <message>
            <source>{name} already looks after this place.</source>
            <translation>{name} already looks after this place.</translation>
        </message>
        <message>
            <source>This link has already ended.</source>
            <translation>This link has already ended.</translation>
        </message>
        <message>
            <source>A visit cannot be dated in the future.</source>
            <translation>A visit cannot be dated in the future.</translation>
        </message>
        <message>
            <source>Choose the kind of visit.</source>
            <translation>Choose the kind of visit.</translation>
        </message>
        <message>
            <source>Choose what the visit found.</source>
            <translation>Choose what the visit found.</translation>
        </message>
        <message>
            <source>Say what need was found.</source>
            <translation>Say what need was found.</translation>
        </message>
        <message>
            <source>{address}: {need}</source>
            <translation>{address}: {need}</translation>
        </message>
        <message>
            <source>Several residents live here: choose who the request is for.</source>
            <translation>Several residents live here: choose who the request is for.</translation>
        </message>
        <message>
            <source>The request must be for a resident of {address}: choose one who lives there.</source>
            <translation>The request must be for a resident of {address}: choose one who lives there.</translation>
        </message>
        <message>
            <source>Say why the visit is voided.</source>
            <translation>Say why the visit is voided.</translation>
        </message>
        <message>
            <source>This visit is already voided.</source>
            <translation>This visit is already voided.</translation>
        </message>
        <message>
            <source>Give the meeting a subject.</source>
            <translation>Give the meeting a subject.</translation>
        </message>
        <message>
            <source>A meeting cannot be recorded before it is held.</source>
            <translation>A meeting cannot be recorded before it is held.</translation>
        </message>
        <message>
            <source>Say what each follow-up task is.</source>
            <translation>Say what each follow-up task is.</translation>
        </message>
        <message>
            <source>The task “{task}” is due {due}, before the meeting ({held}): give a later due date.</source>
            <translation>The task “{task}” is due {due}, before the meeting ({held}): give a later due date.</translation>
        </message>
        <message>
            <source>This task is already done.</source>
            <translation>This task is already done.</translation>
        </message>
    </context>
    <context>
        <name>CommunityModels</name>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Whole estate</source>
            <translation>Whole estate</translation>
        </message>
        <message>
            <source>{n} residents</source>
            <translation>{n} residents</translation>
        </message>
        <message>
            <source>F{n}</source>
            <translation>F{n}</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <source>Eldest: {n}</source>
            <translation>Eldest: {n}</translation>
        </message>
        <message>
            <source>★ An 80+ resident living alone</source>
            <translation>★ An 80+ resident living alone</translation>
        </message>
        <message>
            <source>Last visit: {d}</source>
            <translation>Last visit: {d}</translation>
        </message>
    </context>
    <context>
        <name>CommunityPage</name>
        <message>
            <source>Buildings &amp; visits</source>
            <translation>Buildings &amp; visits</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Building board</source>
            <translation>Building board</translation>
        </message>
        <message>
            <source>Latest visits</source>
            <translation>Latest visits</translation>
        </message>
        <message>
            <source>Councils and meetings</source>
            <translation>Councils and meetings</translation>
        </message>
    </context>
    <context>
        <name>CommunityProfile</name>
        <message>
            <source>Building and visits</source>
            <translation>Building and visits</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>never visited</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>nobody linked yet</source>
            <translation>nobody linked yet</translation>
        </message>
        <message>
            <source>Looked after by (三带一联)</source>
            <translation>Looked after by (三带一联)</translation>
        </message>
        <message>
            <source>Council role</source>
            <translation>Council role</translation>
        </message>
        <message>
            <source>Households and units this party member looks after</source>
            <translation>Households and units this party member looks after</translation>
        </message>
        <message>
            <source>Looks after (三带一联)</source>
            <translation>Looks after (三带一联)</translation>
        </message>
    </context>
    <context>
        <name>CommunityReport</name>
        <message>
            <source>Visits (走访) by kind and result</source>
            <translation>Visits (走访) by kind and result</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Council meetings (议事) and follow-up tasks</source>
            <translation>Council meetings (议事) and follow-up tasks</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Council</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Tasks decided</source>
            <translation>Tasks decided</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>Tasks done</translation>
        </message>
        <message>
            <source>Tasks open at month end</source>
            <translation>Tasks open at month end</translation>
        </message>
        <message>
            <source>Buildings and visits</source>
            <translation>Buildings and visits</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Households visited</source>
            <translation>Households visited</translation>
        </message>
        <message>
            <source>Needs turned into requests</source>
            <translation>Needs turned into requests</translation>
        </message>
    </context>
    <context>
        <name>CouncilDialog</name>
        <message>
            <source>New building council</source>
            <translation>New building council</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Whole estate</source>
            <translation>Whole estate</translation>
        </message>
        <message>
            <source>Council name</source>
            <translation>Council name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>{building} self-governing council</source>
            <translation>{building} self-governing council</translation>
        </message>
        <message>
            <source>Estate self-governing council</source>
            <translation>Estate self-governing council</translation>
        </message>
    </context>
    <context>
        <name>CouncilsModel</name>
        <message>
            <source>Council</source>
            <translation>Council</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
    </context>
    <context>
        <name>CouncilsTab</name>
        <message>
            <source>Councils</source>
            <translation>Councils</translation>
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
            <source>Follow-up tasks</source>
            <translation>Follow-up tasks</translation>
        </message>
        <message>
            <source>New council…</source>
            <translation>New council…</translation>
        </message>
        <message>
            <source>New council</source>
            <translation>New council</translation>
        </message>
        <message>
            <source>Add member…</source>
            <translation>Add member…</translation>
        </message>
        <message>
            <source>Add a council member</source>
            <translation>Add a council member</translation>
        </message>
        <message>
            <source>End role</source>
            <translation>End role</translation>
        </message>
        <message>
            <source>End the chosen role</source>
            <translation>End the chosen role</translation>
        </message>
        <message>
            <source>Record a meeting…</source>
            <translation>Record a meeting…</translation>
        </message>
        <message>
            <source>Record a council meeting</source>
            <translation>Record a council meeting</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>Mark done…</translation>
        </message>
        <message>
            <source>Mark the task done</source>
            <translation>Mark the task done</translation>
        </message>
        <message>
            <source>Meetings (议事)</source>
            <translation>Meetings (议事)</translation>
        </message>
        <message>
            <source>Choose a council first.</source>
            <translation>Choose a council first.</translation>
        </message>
        <message>
            <source>Choose a member whose role is still running.</source>
            <translation>Choose a member whose role is still running.</translation>
        </message>
        <message>
            <source>End {name}'s role as {seat} today?</source>
            <translation>End {name}'s role as {seat} today?</translation>
        </message>
        <message>
            <source>Choose a task that is still open.</source>
            <translation>Choose a task that is still open.</translation>
        </message>
        <message>
            <source>Task done</source>
            <translation>Task done</translation>
        </message>
        <message>
            <source>How was “{task}” done? (optional)</source>
            <translation>How was “{task}” done? (optional)</translation>
        </message>
    </context>
    <context>
        <name>HouseholdListModel</name>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsTab</name>
        <message>
            <source>Find a household</source>
            <translation>Find a household</translation>
        </message>
        <message>
            <source>6-2-301 or 6栋2单元301, then Enter</source>
            <translation>6-2-301 or 6栋2单元301, then Enter</translation>
        </message>
        <message>
            <source>Households found</source>
            <translation>Households found</translation>
        </message>
        <message>
            <source>Type an address to find a household.</source>
            <translation>Type an address to find a household.</translation>
        </message>
        <message>
            <source>Household summary</source>
            <translation>Household summary</translation>
        </message>
        <message>
            <source>Record a visit…</source>
            <translation>Record a visit…</translation>
        </message>
        <message>
            <source>Record a visit</source>
            <translation>Record a visit</translation>
        </message>
        <message>
            <source>Link a party member…</source>
            <translation>Link a party member…</translation>
        </message>
        <message>
            <source>Link a party member</source>
            <translation>Link a party member</translation>
        </message>
        <message>
            <source>End link</source>
            <translation>End link</translation>
        </message>
        <message>
            <source>End the chosen link</source>
            <translation>End the chosen link</translation>
        </message>
        <message>
            <source>Void visit…</source>
            <translation>Void visit…</translation>
        </message>
        <message>
            <source>Void the chosen visit</source>
            <translation>Void the chosen visit</translation>
        </message>
        <message>
            <source>Your role may not change 三带一联 links.</source>
            <translation>Your role may not change 三带一联 links.</translation>
        </message>
        <message>
            <source>Who lives here</source>
            <translation>Who lives here</translation>
        </message>
        <message>
            <source>Party members looking after it</source>
            <translation>Party members looking after it</translation>
        </message>
        <message>
            <source>Visits to this household</source>
            <translation>Visits to this household</translation>
        </message>
        <message>
            <source>三带一联: party members looking after it</source>
            <translation>三带一联: party members looking after it</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>{n} households</source>
            <translation>{n} households</translation>
        </message>
        <message>
            <source>{n} residents</source>
            <translation>{n} residents</translation>
        </message>
        <message>
            <source>last visit {day}</source>
            <translation>last visit {day}</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>never visited</translation>
        </message>
        <message>
            <source>looked after by {names}</source>
            <translation>looked after by {names}</translation>
        </message>
        <message>
            <source>Visit saved. Request {number} was taken in for the need found.</source>
            <translation>Visit saved. Request {number} was taken in for the need found.</translation>
        </message>
        <message>
            <source>Choose a link that is still running.</source>
            <translation>Choose a link that is still running.</translation>
        </message>
        <message>
            <source>End {name}'s link to {place}?</source>
            <translation>End {name}'s link to {place}?</translation>
        </message>
        <message>
            <source>Choose a visit that is not voided.</source>
            <translation>Choose a visit that is not voided.</translation>
        </message>
        <message>
            <source>Void visit</source>
            <translation>Void visit</translation>
        </message>
        <message>
            <source>Why is this visit voided?</source>
            <translation>Why is this visit voided?</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link a party member (三带一联)</source>
            <translation>Link a party member (三带一联)</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>Looks after</source>
            <translation>Looks after</translation>
        </message>
        <message>
            <source>Choose a party member from the list.</source>
            <translation>Choose a party member from the list.</translation>
        </message>
    </context>
    <context>
        <name>LinksModel</name>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>Looks after</source>
            <translation>Looks after</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Council meeting: {name}</source>
            <translation>Council meeting: {name}</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>Date of the meeting</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
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
            <source>Who attended</source>
            <translation>Who attended</translation>
        </message>
        <message>
            <source>Add a task</source>
            <translation>Add a task</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>Follow-up tasks</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Council</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
    </context>
    <context>
        <name>OccupantsModel</name>
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
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>SeatDialog</name>
        <message>
            <source>Add to the council</source>
            <translation>Add to the council</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Unit (for a unit head)</source>
            <translation>Unit (for a unit head)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Find and choose the resident first.</source>
            <translation>Find and choose the resident first.</translation>
        </message>
    </context>
    <context>
        <name>SeatsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
    </context>
    <context>
        <name>TasksModel</name>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Record a visit: {address}</source>
            <translation>Record a visit: {address}</translation>
        </message>
        <message>
            <source>Date of the visit</source>
            <translation>Date of the visit</translation>
        </message>
        <message>
            <source>Kind of visit</source>
            <translation>Kind of visit</translation>
        </message>
        <message>
            <source>What the visit found</source>
            <translation>What the visit found</translation>
        </message>
        <message>
            <source>Resident met</source>
            <translation>Resident met</translation>
        </message>
        <message>
            <source>— nobody in particular —</source>
            <translation>— nobody in particular —</translation>
        </message>
        <message>
            <source>Party member who went</source>
            <translation>Party member who went</translation>
        </message>
        <message>
            <source>— staff only —</source>
            <translation>— staff only —</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>Turn the need into a request (channel: visit)</source>
            <translation>Turn the need into a request (channel: visit)</translation>
        </message>
        <message>
            <source>Turn the need into a request</source>
            <translation>Turn the need into a request</translation>
        </message>
        <message>
            <source>Request category</source>
            <translation>Request category</translation>
        </message>
        <message>
            <source>— choose a category —</source>
            <translation>— choose a category —</translation>
        </message>
        <message>
            <source>Whom the request is for</source>
            <translation>Whom the request is for</translation>
        </message>
        <message>
            <source>— choose who —</source>
            <translation>— choose who —</translation>
        </message>
        <message>
            <source>The request</source>
            <translation>The request</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Your role may not take in requests: tell the front desk about the need.</source>
            <translation>Your role may not take in requests: tell the front desk about the need.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
    </context>
    <context>
        <name>VisitsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Visited by</source>
            <translation>Visited by</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Latest visits</source>
            <translation>Latest visits</translation>
        </message>
    </context>
    <context>
        <name>_TaskRow</name>
        <message>
            <source>Follow-up task {n}</source>
            <translation>Follow-up task {n}</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <source>— who —</source>
            <translation>— who —</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
    </context>
</TS>
