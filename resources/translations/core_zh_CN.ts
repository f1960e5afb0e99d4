<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no built-in passwords: choose this one yourself and keep it safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Community Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo accounts were created. Write these passwords down:

{lines}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is no database at {path} to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Community Desk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged and cannot be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup was made by a newer version of Community Desk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CenterPage</name>
        <message>
            <source>Your service center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These details head every receipt and printed sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Center name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 幸福里社区党群服务中心</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt paper width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>80 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>58 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Center name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt paper</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community Desk: the front desk of a community service center.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>database file or SQLAlchemy URL (default: $COMMUNITY_DESK_DB, else a file in the user data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interface language (default: the saved choice, else zh_CN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create the database or bring it up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the database or bring its schema up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fill the database with demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill the database with realistic demo data (deterministic for a seed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number of residents (default 2000)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make a consistent copy of the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the database safely, even while the app is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file or folder (default: the backups folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the database with a backup, after checking the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>community-desk: unexpected error: {error} (details in {path})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database ready: {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--residents must be between 0 and 1000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data written: {n} residents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo accounts (write these passwords down; they are not stored anywhere else):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup works on the embedded SQLite database; use pg_dump for PostgreSQL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restore works on the embedded SQLite database only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {file} ({counts}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database it replaced is kept at {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community Desk hit an unexpected error. What you were doing may not have been saved; everything saved before is safe.

The details are in {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>This file is not a database{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database belongs to another program, not Community Desk{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is in use by another program and stayed locked{where}. Close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database was written by a newer version of Community Desk{where}. Install the newer version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: nothing was saved{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be written to{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is damaged{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be used{where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database folder cannot be used: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To try the app out, fill it with made-up residents and records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load demo data (2,000 made-up residents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load demo data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Community Desk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source> (copy 副本)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tel: {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Community Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdNumbers</name>
        <message>
            <source>The ID number is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 15-digit ID number may contain digits only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ID number has 18 characters (or 15 for an old one); this one has {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ID number is 17 digits followed by a digit or X.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last character of this ID number does not match the others; check for a typing mistake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth date inside this ID number is not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth date inside this ID number is impossible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The region code at the start of this ID number does not exist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Community Desk — {center}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Childcare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volunteers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Community Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language changes fully when Community Desk starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups from the app work on the embedded database only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community Desk {version}
The front desk of a community service center.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Phones</name>
        <message>
            <source>The phone number is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This phone number is not valid: check the number of digits.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>{title}: coming soon</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <source>Edit resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>18 digits, or 15 for an old card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mobile or landline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered local resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 1950-03-21.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save anyway as a different person?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentProfile</name>
        <message>
            <source>Resident profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a resident by name, pinyin initials, phone or ID digits, or scan an ID card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender / age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is this record archived (moved away, deceased, duplicate…)?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Residents</name>
        <message>
            <source>Bldg {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the resident's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long ({n} characters at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose male or female.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth date cannot be in the future or before 1880.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth date does not match the ID number ({d}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gender does not match the ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long ({n} characters at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contains control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes are limited to {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown category tag: {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tag's detail is limited to 100 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ID number is already registered to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That record is archived: restore it instead of adding a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, born {d}, is already registered. Is this the same person?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This resident is archived: restore the record before changing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the record is archived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This resident is already archived.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentsModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Find resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, pinyin initials (zsq), phone, or ID digits; scan an ID card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include archived residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New resident…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than {n} matches: type more to narrow it down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} residents</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Receipt paper is 58 mm or 80 mm wide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The center's name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The center's name is too long (100 characters at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community Service Center</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Subsistence allowance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extreme poverty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Near subsistence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Living alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty nest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veteran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Party member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New employment group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Party branch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rider / courier / driver</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
