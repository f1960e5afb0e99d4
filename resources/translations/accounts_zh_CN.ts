<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>Enter a user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A user name is up to 64 letters, digits, dots, dashes or underscores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long (100 characters at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This user name is taken.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Enter your user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong passwords: try again in {n} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Community Desk — sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
