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
            <source>Demo accounts</source>
            <translation>Demo accounts</translation>
        </message>
        <message>
            <source>Demo accounts were created. Write these passwords down:

{lines}</source>
            <translation>Demo accounts were created. Write these passwords down:

{lines}</translation>
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
        <message>
            <source>The audit trail's append-only protection was missing and has been put back.</source>
            <translation>The audit trail's append-only protection was missing and has been put back.</translation>
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
            <source>Must be a whole number from {low} to {high}.</source>
            <translation>Must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>Too long: at most {limit} characters ({length} given).</source>
            <translation>Too long: at most {limit} characters ({length} given).</translation>
        </message>
        <message>
            <source>Contains an invisible or control character ({code}) that cannot be stored; type it again.</source>
            <translation>Contains an invisible or control character ({code}) that cannot be stored; type it again.</translation>
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
            <source>check that this installation works (uses a throw-away database)</source>
            <translation>check that this installation works (uses a throw-away database)</translation>
        </message>
        <message>
            <source>Start the interface on a throw-away database, show every tab and render a receipt; exit status 0 when everything works.</source>
            <translation>Start the interface on a throw-away database, show every tab and render a receipt; exit status 0 when everything works.</translation>
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
            <source>The database name is at most 63 characters.</source>
            <translation>The database name is at most 63 characters.</translation>
        </message>
        <message>
            <source>Enter the database user (the PostgreSQL role).</source>
            <translation>Enter the database user (the PostgreSQL role).</translation>
        </message>
        <message>
            <source>The user name is at most 63 characters.</source>
            <translation>The user name is at most 63 characters.</translation>
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
            <source>Residents</source>
            <translation>Residents</translation>
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
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>{title}: coming soon</source>
            <translation>{title}: coming soon</translation>
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
            <source>Save anyway as a different person?</source>
            <translation>Save anyway as a different person?</translation>
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
            <source>The name is too long ({n} characters at most).</source>
            <translation>The name is too long ({n} characters at most).</translation>
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
            <source>Too long ({n} characters at most).</source>
            <translation>Too long ({n} characters at most).</translation>
        </message>
        <message>
            <source>Contains control characters.</source>
            <translation>Contains control characters.</translation>
        </message>
        <message>
            <source>Notes are limited to {n} characters.</source>
            <translation>Notes are limited to {n} characters.</translation>
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
        <name>SelfCheck</name>
        <message>
            <source>shipped Chinese font loaded</source>
            <translation>shipped Chinese font loaded</translation>
        </message>
        <message>
            <source>translations loaded ({sample})</source>
            <translation>translations loaded ({sample})</translation>
        </message>
        <message>
            <source>main window shown</source>
            <translation>main window shown</translation>
        </message>
        <message>
            <source>tabs: {names}</source>
            <translation>tabs: {names}</translation>
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
            <source>Too long ({n} characters at most).</source>
            <translation>Too long ({n} characters at most).</translation>
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
            <source>The center's name is required.</source>
            <translation>The center's name is required.</translation>
        </message>
        <message>
            <source>The center's name is too long (100 characters at most).</source>
            <translation>The center's name is too long (100 characters at most).</translation>
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
</TS>
