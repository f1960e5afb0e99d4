<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountForm</name>
        <message>
            <source>Edit account</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>New account</translation>
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
            <source>First password</source>
            <translation>First password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>There are no default passwords: tell the person this one; they change it at first sign-in.</source>
            <translation>There are no default passwords: tell the person this one; they change it at first sign-in.</translation>
        </message>
        <message>
            <source>The last active administrator keeps the role.</source>
            <translation>The last active administrator keeps the role.</translation>
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
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Enter a user name.</source>
            <translation>Enter a user name.</translation>
        </message>
        <message>
            <source>A user name is up to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>A user name is up to 64 letters, digits, dots, dashes or underscores.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Enter the person's name.</translation>
        </message>
        <message>
            <source>The name contains control characters; type it again.</source>
            <translation>The name contains control characters; type it again.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>The password needs at least {n} characters.</translation>
        </message>
        <message>
            <source>The password contains control characters.</source>
            <translation>The password contains control characters.</translation>
        </message>
        <message>
            <source>The password cannot be only spaces.</source>
            <translation>The password cannot be only spaces.</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>Give the account at least one role.</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>Unknown role.</translation>
        </message>
        <message>
            <source>This account does not exist.</source>
            <translation>This account does not exist.</translation>
        </message>
        <message>
            <source>This user name is taken.</source>
            <translation>This user name is taken.</translation>
        </message>
        <message>
            <source>The last active administrator keeps the role.</source>
            <translation>The last active administrator keeps the role.</translation>
        </message>
        <message>
            <source>Say why the account is disabled.</source>
            <translation>Say why the account is disabled.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>The last active administrator cannot be disabled.</source>
            <translation>The last active administrator cannot be disabled.</translation>
        </message>
        <message>
            <source>Choose a password different from the old one.</source>
            <translation>Choose a password different from the old one.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Staff accounts</source>
            <translation>Staff accounts</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>New account…</translation>
        </message>
        <message>
            <source>Name and roles…</source>
            <translation>Name and roles…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Disable…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>The last active administrator cannot be disabled.</source>
            <translation>The last active administrator cannot be disabled.</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>Account {user} created.</source>
            <translation>Account {user} created.</translation>
        </message>
        <message>
            <source>Account {user} changed.</source>
            <translation>Account {user} changed.</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Disable account</translation>
        </message>
        <message>
            <source>Why is the account of {name} disabled (left the center, on leave…)?</source>
            <translation>Why is the account of {name} disabled (left the center, on leave…)?</translation>
        </message>
        <message>
            <source>Account {user} disabled.</source>
            <translation>Account {user} disabled.</translation>
        </message>
        <message>
            <source>Account {user} enabled.</source>
            <translation>Account {user} enabled.</translation>
        </message>
        <message>
            <source>Temporary password set for {user}; they choose their own at the next sign-in.</source>
            <translation>Temporary password set for {user}; they choose their own at the next sign-in.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Locked for a few minutes</source>
            <translation>Locked for a few minutes</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <source>Wrong user name or password: not approved.</source>
            <translation>Wrong user name or password: not approved.</translation>
        </message>
        <message>
            <source>{name} may not approve this.</source>
            <translation>{name} may not approve this.</translation>
        </message>
        <message>
            <source>Not approved.</source>
            <translation>Not approved.</translation>
        </message>
        <message>
            <source>This needs a supervisor's approval.</source>
            <translation>This needs a supervisor's approval.</translation>
        </message>
        <message>
            <source>{name} cannot approve their own action: another person must approve it.</source>
            <translation>{name} cannot approve their own action: another person must approve it.</translation>
        </message>
        <message>
            <source>{name} cannot approve: no such active account.</source>
            <translation>{name} cannot approve: no such active account.</translation>
        </message>
        <message>
            <source>{name} may not approve this: {why}</source>
            <translation>{name} may not approve this: {why}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Supervisor approval</source>
            <translation>Supervisor approval</translation>
        </message>
        <message>
            <source>The approval must come from another person, not {name}.</source>
            <translation>The approval must come from another person, not {name}.</translation>
        </message>
        <message>
            <source>Supervisor user name</source>
            <translation>Supervisor user name</translation>
        </message>
        <message>
            <source>Supervisor password</source>
            <translation>Supervisor password</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <source>Values before and after</source>
            <translation>Values before and after</translation>
        </message>
        <message>
            <source>{when} · {user} · {action}</source>
            <translation>{when} · {user} · {action}</translation>
        </message>
        <message>
            <source>Record: {record}</source>
            <translation>Record: {record}</translation>
        </message>
        <message>
            <source>Workstation: {name}</source>
            <translation>Workstation: {name}</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Workstation</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>All records</translation>
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
            <source>Search the audit trail</source>
            <translation>Search the audit trail</translation>
        </message>
        <message>
            <source>Text in the summary or the values</source>
            <translation>Text in the summary or the values</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Audit trail check</source>
            <translation>Audit trail check</translation>
        </message>
        <message>
            <source>The audit trail has been tampered with: {problem} Entries shown may be incomplete or altered.</source>
            <translation>The audit trail has been tampered with: {problem} Entries shown may be incomplete or altered.</translation>
        </message>
        <message>
            <source>{n} entries shown; scroll for more.</source>
            <translation>{n} entries shown; scroll for more.</translation>
        </message>
        <message>
            <source>{n} entries.</source>
            <translation>{n} entries.</translation>
        </message>
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
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
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>Make-up working day</translation>
        </message>
    </context>
    <context>
        <name>CenterAdmin</name>
        <message>
            <source>Contains control characters; type it again.</source>
            <translation>Contains control characters; type it again.</translation>
        </message>
        <message>
            <source>Keep 1 to 365 backups.</source>
            <translation>Keep 1 to 365 backups.</translation>
        </message>
        <message>
            <source>Unknown setting: {key}</source>
            <translation>Unknown setting: {key}</translation>
        </message>
        <message>
            <source>Choose holiday or make-up working day.</source>
            <translation>Choose holiday or make-up working day.</translation>
        </message>
        <message>
            <source>A make-up working day falls on a Saturday or Sunday.</source>
            <translation>A make-up working day falls on a Saturday or Sunday.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Your password was reset by an administrator. Choose your own before you continue.</source>
            <translation>Your password was reset by an administrator. Choose your own before you continue.</translation>
        </message>
        <message>
            <source>Choose a new password (at least 8 characters).</source>
            <translation>Choose a new password (at least 8 characters).</translation>
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
            <source>Repeat new password</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
    </context>
    <context>
        <name>DatabaseServerDialog</name>
        <message>
            <source>Database server</source>
            <translation>Database server</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DatabaseServerForm</name>
        <message>
            <source>Use a database server (several workstations share one database)</source>
            <translation>Use a database server (several workstations share one database)</translation>
        </message>
        <message>
            <source>Use a database server</source>
            <translation>Use a database server</translation>
        </message>
        <message>
            <source>Server PC (name or IP address)</source>
            <translation>Server PC (name or IP address)</translation>
        </message>
        <message>
            <source>e.g. 192.168.1.10 or front-desk-pc</source>
            <translation>e.g. 192.168.1.10 or front-desk-pc</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Database name</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>Database user</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>Test the connection to the database server</source>
            <translation>Test the connection to the database server</translation>
        </message>
        <message>
            <source>Save for the next start</source>
            <translation>Save for the next start</translation>
        </message>
        <message>
            <source>Save the database server setting</source>
            <translation>Save the database server setting</translation>
        </message>
        <message>
            <source>Server PC</source>
            <translation>Server PC</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Every workstation of the center points at the same PostgreSQL database (see the README, “Several workstations”). The setting is kept on this PC and used at the next start; the password goes to the system's keyring where there is one.</source>
            <translation>Every workstation of the center points at the same PostgreSQL database (see the README, “Several workstations”). The setting is kept on this PC and used at the next start; the password goes to the system's keyring where there is one.</translation>
        </message>
        <message>
            <source>Connecting to {where}…</source>
            <translation>Connecting to {where}…</translation>
        </message>
        <message>
            <source>Saved: this PC uses {where} from the next start.</source>
            <translation>Saved: this PC uses {where} from the next start.</translation>
        </message>
        <message>
            <source>Saved: this PC uses its own database file from the next start.</source>
            <translation>Saved: this PC uses its own database file from the next start.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Screen locked</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Your password</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Someone else signs in</source>
            <translation>Someone else signs in</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password of the other person</source>
            <translation>Password of the other person</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>The screen is locked. {name} ({user}) is signed in.</source>
            <translation>The screen is locked. {name} ({user}) is signed in.</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: try again in {n} minutes.</source>
            <translation>Too many wrong passwords: try again in {n} minutes.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>This account is disabled. Ask an administrator.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Community Desk — sign in</source>
            <translation>Community Desk — sign in</translation>
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
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role may not see full ID numbers.</source>
            <translation>Your role may not see full ID numbers.</translation>
        </message>
        <message>
            <source>Your role may not reveal full ID numbers.</source>
            <translation>Your role may not reveal full ID numbers.</translation>
        </message>
        <message>
            <source>Your role may not see full phone numbers.</source>
            <translation>Your role may not see full phone numbers.</translation>
        </message>
        <message>
            <source>Your role may not see medical notes.</source>
            <translation>Your role may not see medical notes.</translation>
        </message>
        <message>
            <source>Only an administrator manages staff accounts.</source>
            <translation>Only an administrator manages staff accounts.</translation>
        </message>
        <message>
            <source>Only an administrator changes the settings.</source>
            <translation>Only an administrator changes the settings.</translation>
        </message>
        <message>
            <source>Only an administrator reads the audit trail.</source>
            <translation>Only an administrator reads the audit trail.</translation>
        </message>
        <message>
            <source>Your role may not approve voids or refunds.</source>
            <translation>Your role may not approve voids or refunds.</translation>
        </message>
        <message>
            <source>Your role may not override a pick-up check.</source>
            <translation>Your role may not override a pick-up check.</translation>
        </message>
        <message>
            <source>Only an administrator reopens a closed day.</source>
            <translation>Only an administrator reopens a closed day.</translation>
        </message>
        <message>
            <source>Your role may not export personal data.</source>
            <translation>Your role may not export personal data.</translation>
        </message>
        <message>
            <source>Your role may not change resident records.</source>
            <translation>Your role may not change resident records.</translation>
        </message>
        <message>
            <source>Your role may not see which children an adult collects.</source>
            <translation>Your role may not see which children an adult collects.</translation>
        </message>
        <message>
            <source>Your role may not take in or handle requests.</source>
            <translation>Your role may not take in or handle requests.</translation>
        </message>
        <message>
            <source>Your role may not change departments, categories or station services.</source>
            <translation>Your role may not change departments, categories or station services.</translation>
        </message>
        <message>
            <source>Only an administrator decides on a deadline extension.</source>
            <translation>Only an administrator decides on a deadline extension.</translation>
        </message>
        <message>
            <source>Only an administrator closes a request without its follow-up.</source>
            <translation>Only an administrator closes a request without its follow-up.</translation>
        </message>
        <message>
            <source>Your role may not sell meals or handle meal cards.</source>
            <translation>Your role may not sell meals or handle meal cards.</translation>
        </message>
        <message>
            <source>Only an administrator changes meal slots, prices and subsidy rules.</source>
            <translation>Only an administrator changes meal slots, prices and subsidy rules.</translation>
        </message>
        <message>
            <source>Your role may not work the childcare desk.</source>
            <translation>Your role may not work the childcare desk.</translation>
        </message>
        <message>
            <source>Your role may not change childcare programs, children or contacts.</source>
            <translation>Your role may not change childcare programs, children or contacts.</translation>
        </message>
        <message>
            <source>Your role may not change volunteer records or issue certificates.</source>
            <translation>Your role may not change volunteer records or issue certificates.</translation>
        </message>
        <message>
            <source>Your role may not change the volunteer roster.</source>
            <translation>Your role may not change the volunteer roster.</translation>
        </message>
        <message>
            <source>Your role may not approve volunteer hours.</source>
            <translation>Your role may not approve volunteer hours.</translation>
        </message>
        <message>
            <source>Your role may not approve a subsidised meal outside serving hours.</source>
            <translation>Your role may not approve a subsidised meal outside serving hours.</translation>
        </message>
        <message>
            <source>Only an administrator approves lifting a pick-up block.</source>
            <translation>Only an administrator approves lifting a pick-up block.</translation>
        </message>
        <message>
            <source>Your role may not see the center's statistics.</source>
            <translation>Your role may not see the center's statistics.</translation>
        </message>
        <message>
            <source>Your role may not issue the district monthly report.</source>
            <translation>Your role may not issue the district monthly report.</translation>
        </message>
        <message>
            <source>Only an administrator imports records from a spreadsheet.</source>
            <translation>Only an administrator imports records from a spreadsheet.</translation>
        </message>
        <message>
            <source>Your role may not sign residents up for classes or take attendance.</source>
            <translation>Your role may not sign residents up for classes or take attendance.</translation>
        </message>
        <message>
            <source>Your role may not change classes, activities or their teachers.</source>
            <translation>Your role may not change classes, activities or their teachers.</translation>
        </message>
        <message>
            <source>Your role may not lend or take back books.</source>
            <translation>Your role may not lend or take back books.</translation>
        </message>
        <message>
            <source>Your role may not change the book room's catalogue or settings.</source>
            <translation>Your role may not change the book room's catalogue or settings.</translation>
        </message>
        <message>
            <source>Only an administrator waives a fine or undoes a fine's record.</source>
            <translation>Only an administrator waives a fine or undoes a fine's record.</translation>
        </message>
        <message>
            <source>Only an administrator refunds a course fee once the term has begun.</source>
            <translation>Only an administrator refunds a course fee once the term has begun.</translation>
        </message>
        <message>
            <source>Your role may not record visits or council meetings.</source>
            <translation>Your role may not record visits or council meetings.</translation>
        </message>
        <message>
            <source>Your role may not change building councils or 三带一联 links.</source>
            <translation>Your role may not change building councils or 三带一联 links.</translation>
        </message>
        <message>
            <source>Your role may not see health records.</source>
            <translation>Your role may not see health records.</translation>
        </message>
        <message>
            <source>Your role may not change health records.</source>
            <translation>Your role may not change health records.</translation>
        </message>
        <message>
            <source>Your role may not see the 今日关注 list.</source>
            <translation>Your role may not see the 今日关注 list.</translation>
        </message>
        <message>
            <source>Only an administrator changes the alert rules.</source>
            <translation>Only an administrator changes the alert rules.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>This resident does not exist.</source>
            <translation>This resident does not exist.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>A temporary password for {name} ({user}). They must choose their own at the next sign-in.</source>
            <translation>A temporary password for {name} ({user}). They must choose their own at the next sign-in.</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <source>Repeat temporary password</source>
            <translation>Repeat temporary password</translation>
        </message>
        <message>
            <source>Set temporary password</source>
            <translation>Set temporary password</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Front desk</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>Volunteer coordinator</source>
            <translation>Volunteer coordinator</translation>
        </message>
        <message>
            <source>Book room</source>
            <translation>Book room</translation>
        </message>
        <message>
            <source>Health corner</source>
            <translation>Health corner</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>Center name</translation>
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
            <source>Center name *</source>
            <translation>Center name *</translation>
        </message>
        <message>
            <source>Receipt paper</source>
            <translation>Receipt paper</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>Center</translation>
        </message>
        <message>
            <source>Lock the screen after minutes without input</source>
            <translation>Lock the screen after minutes without input</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Empty: the app's own data folder</source>
            <translation>Empty: the app's own data folder</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>Number of backups to keep</source>
            <translation>Number of backups to keep</translation>
        </message>
        <message>
            <source>Idle lock after</source>
            <translation>Idle lock after</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Backups to keep</translation>
        </message>
        <message>
            <source>A USB drive works well as the backup folder; the oldest backups beyond the number kept are removed.</source>
            <translation>A USB drive works well as the backup folder; the oldest backups beyond the number kept are removed.</translation>
        </message>
        <message>
            <source>Security and backups</source>
            <translation>Security and backups</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>Holidays and make-up working days</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>Kind of day</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>Make-up working day</translation>
        </message>
        <message>
            <source>Name of the day</source>
            <translation>Name of the day</translation>
        </message>
        <message>
            <source>e.g. 春节</source>
            <translation>e.g. 春节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add the day</source>
            <translation>Add the day</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected day</source>
            <translation>Remove the selected day</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Database server</source>
            <translation>Database server</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
</TS>
