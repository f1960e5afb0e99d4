<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
            <source>The name is too long (100 characters at most).</source>
            <translation>The name is too long (100 characters at most).</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>The password needs at least {n} characters.</translation>
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
            <source>This user name is taken.</source>
            <translation>This user name is taken.</translation>
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
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Supervisor approval</source>
            <translation>Supervisor approval</translation>
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
</TS>
