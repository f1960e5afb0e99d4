<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Alerts</name>
        <message>
            <source>days</source>
            <extracomment>The highest value any threshold takes (ten years of days); a larger one is a typing mistake.</extracomment>
            <translation>days</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>working days</translation>
        </message>
        <message>
            <source>Regular diner absent</source>
            <translation>Regular diner absent</translation>
        </message>
        <message>
            <source>Counting meals over the last</source>
            <translation>Counting meals over the last</translation>
        </message>
        <message>
            <source>A regular has at least</source>
            <translation>A regular has at least</translation>
        </message>
        <message>
            <source>meals</source>
            <translation>meals</translation>
        </message>
        <message>
            <source>Absent for at least</source>
            <translation>Absent for at least</translation>
        </message>
        <message>
            <source>Elderly living alone, not visited</source>
            <translation>Elderly living alone, not visited</translation>
        </message>
        <message>
            <source>Aged at least</source>
            <translation>Aged at least</translation>
        </message>
        <message>
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <source>Not visited for at least</source>
            <translation>Not visited for at least</translation>
        </message>
        <message>
            <source>Health follow-up overdue</source>
            <translation>Health follow-up overdue</translation>
        </message>
        <message>
            <source>Overdue by at least</source>
            <translation>Overdue by at least</translation>
        </message>
        <message>
            <source>Authorisation or qualification expiring</source>
            <translation>Authorisation or qualification expiring</translation>
        </message>
        <message>
            <source>Expiring within</source>
            <translation>Expiring within</translation>
        </message>
        <message>
            <source>Resolved request waiting for its follow-up call</source>
            <translation>Resolved request waiting for its follow-up call</translation>
        </message>
        <message>
            <source>Resolved at least</source>
            <translation>Resolved at least</translation>
        </message>
        <message>
            <source>Resolved within the last</source>
            <translation>Resolved within the last</translation>
        </message>
        <message>
            <source>There is no such alert rule.</source>
            <translation>There is no such alert rule.</translation>
        </message>
        <message>
            <source>This rule has no threshold {name}.</source>
            <translation>This rule has no threshold {name}.</translation>
        </message>
        <message>
            <source>{label}: a whole number, please.</source>
            <translation>{label}: a whole number, please.</translation>
        </message>
        <message>
            <source>{label}: a threshold cannot be negative ({value}).</source>
            <translation>{label}: a threshold cannot be negative ({value}).</translation>
        </message>
        <message>
            <source>{label}: at least {minimum}.</source>
            <translation>{label}: at least {minimum}.</translation>
        </message>
        <message>
            <source>{label}: at most {maximum}.</source>
            <translation>{label}: at most {maximum}.</translation>
        </message>
        <message>
            <source>Visit request {number} is made but not assigned: {why}</source>
            <translation>Visit request {number} is made but not assigned: {why}</translation>
        </message>
        <message>
            <source> Assign it on the Requests page.</source>
            <translation> Assign it on the Requests page.</translation>
        </message>
        <message>
            <source>{meals} meals in the last {window} days; absent {absent} working days in a row</source>
            <translation>{meals} meals in the last {window} days; absent {absent} working days in a row</translation>
        </message>
        <message>
            <source>Aged {age}, living alone, never visited</source>
            <translation>Aged {age}, living alone, never visited</translation>
        </message>
        <message>
            <source>Aged {age}, living alone, last visited {days} days ago</source>
            <translation>Aged {age}, living alone, last visited {days} days ago</translation>
        </message>
        <message>
            <source>Needs attention (health)</source>
            <translation>Needs attention (health)</translation>
        </message>
        <message>
            <source>Health follow-up overdue by {days} days (due {due})</source>
            <translation>Health follow-up overdue by {days} days (due {due})</translation>
        </message>
        <message>
            <source>Volunteer qualification {what} expires today ({until})</source>
            <translation>Volunteer qualification {what} expires today ({until})</translation>
        </message>
        <message>
            <source>Pick-up authorisation expires today ({until})</source>
            <translation>Pick-up authorisation expires today ({until})</translation>
        </message>
        <message>
            <source>Volunteer qualification {what} expires on {until} ({left} days left)</source>
            <translation>Volunteer qualification {what} expires on {until} ({left} days left)</translation>
        </message>
        <message>
            <source>Pick-up authorisation expires on {until} ({left} days left)</source>
            <translation>Pick-up authorisation expires on {until} ({left} days left)</translation>
        </message>
        <message>
            <source>Request {number} resolved on {resolved}, waiting for its follow-up call</source>
            <translation>Request {number} resolved on {resolved}, waiting for its follow-up call</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Visit requested</source>
            <translation>Visit requested</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dismissed</translation>
        </message>
        <message>
            <source>Choose an open request category.</source>
            <translation>Choose an open request category.</translation>
        </message>
        <message>
            <source>There is no such alert.</source>
            <translation>There is no such alert.</translation>
        </message>
        <message>
            <source>This alert no longer applies.</source>
            <translation>This alert no longer applies.</translation>
        </message>
        <message>
            <source>This alert has been handled already (by a colleague?).</source>
            <translation>This alert has been handled already (by a colleague?).</translation>
        </message>
        <message>
            <source>Say why the alert is dismissed.</source>
            <translation>Say why the alert is dismissed.</translation>
        </message>
        <message>
            <source>This alert cannot become a visit request.</source>
            <translation>This alert cannot become a visit request.</translation>
        </message>
        <message>
            <source>There is no request category yet; ask an administrator.</source>
            <translation>There is no request category yet; ask an administrator.</translation>
        </message>
        <message>
            <source>Today's alerts: {reason}</source>
            <translation>Today's alerts: {reason}</translation>
        </message>
        <message>
            <source>No party member is linked to this household.</source>
            <translation>No party member is linked to this household.</translation>
        </message>
        <message>
            <source>The request category has no department.</source>
            <translation>The request category has no department.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Visit request {number} ({state})</source>
            <translation>Visit request {number} ({state})</translation>
        </message>
        <message>
            <source>Dismissed by {who}: {why}</source>
            <translation>Dismissed by {who}: {why}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <source>Working out today's alerts</source>
            <translation>Working out today's alerts</translation>
        </message>
        <message>
            <source>Working out today's alerts…</source>
            <translation>Working out today's alerts…</translation>
        </message>
        <message>
            <source>Only those still to do</source>
            <translation>Only those still to do</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Refresh the list</translation>
        </message>
        <message>
            <source>Alert rules…</source>
            <translation>Alert rules…</translation>
        </message>
        <message>
            <source>Alert rules</source>
            <translation>Alert rules</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>Today's alerts</translation>
        </message>
        <message>
            <source>Visit request for the linked party member</source>
            <translation>Visit request for the linked party member</translation>
        </message>
        <message>
            <source>Turn the alert into a visit request</source>
            <translation>Turn the alert into a visit request</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Dismiss…</translation>
        </message>
        <message>
            <source>Dismiss the alert</source>
            <translation>Dismiss the alert</translation>
        </message>
        <message>
            <source>Open the resident</source>
            <translation>Open the resident</translation>
        </message>
        <message>
            <source>Open the resident's profile</source>
            <translation>Open the resident's profile</translation>
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
            <source>Today's alerts — {day}, {weekday}</source>
            <translation>Today's alerts — {day}, {weekday}</translation>
        </message>
        <message>
            <source>{n} alerts in {groups} groups</source>
            <translation>{n} alerts in {groups} groups</translation>
        </message>
        <message>
            <source>Nothing needs attention today.</source>
            <translation>Nothing needs attention today.</translation>
        </message>
        <message>
            <source>Choose an alert first.</source>
            <translation>Choose an alert first.</translation>
        </message>
        <message>
            <source>This kind of alert is handled at the desk, not by a visit.</source>
            <translation>This kind of alert is handled at the desk, not by a visit.</translation>
        </message>
        <message>
            <source>Your role does not take requests.</source>
            <translation>Your role does not take requests.</translation>
        </message>
        <message>
            <source>Make a visit request assigned to the party member linked to this household.</source>
            <translation>Make a visit request assigned to the party member linked to this household.</translation>
        </message>
        <message>
            <source>Raised on {day}.</source>
            <translation>Raised on {day}.</translation>
        </message>
        <message>
            <source>Visit request {number} is made and claimed by party member {name}.</source>
            <translation>Visit request {number} is made and claimed by party member {name}.</translation>
        </message>
        <message>
            <source>Why is no action needed?</source>
            <translation>Why is no action needed?</translation>
        </message>
    </context>
    <context>
        <name>AlertsReport</name>
        <message>
            <source>Alerts raised and acted on, by rule</source>
            <translation>Alerts raised and acted on, by rule</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <source>Turned into visit requests</source>
            <translation>Turned into visit requests</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dismissed</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Alerts raised</source>
            <translation>Alerts raised</translation>
        </message>
        <message>
            <source>Share of alerts raised that became visit requests</source>
            <translation>Share of alerts raised that became visit requests</translation>
        </message>
        <message>
            <source>Acting before being asked: today's alerts</source>
            <translation>Acting before being asked: today's alerts</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Write why no action is needed; OK is available once a reason is written.</source>
            <translation>Write why no action is needed; OK is available once a reason is written.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Alert rules</source>
            <translation>Alert rules</translation>
        </message>
        <message>
            <source>Visit requests made from alerts</source>
            <translation>Visit requests made from alerts</translation>
        </message>
        <message>
            <source>Request category of visit requests</source>
            <translation>Request category of visit requests</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>A rule's alerts are worked out each time the list is opened; changes apply at once.</source>
            <translation>A rule's alerts are worked out each time the list is opened; changes apply at once.</translation>
        </message>
    </context>
</TS>
