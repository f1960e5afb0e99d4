<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <source>Enter a user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <source>A user name is up to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>用户名最多 64 个字符，只能包含字母、数字、点、短横线或下划线。</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <source>The name is too long (100 characters at most).</source>
            <translation>姓名过长（最多 100 个字符）。</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>请为账号至少指定一个角色。</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>未知角色。</translation>
        </message>
        <message>
            <source>This user name is taken.</source>
            <translation>该用户名已被使用。</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <source>Wrong user name or password: not approved.</source>
            <translation>用户名或密码错误：未批准。</translation>
        </message>
        <message>
            <source>{name} may not approve this.</source>
            <translation>{name} 无权批准此操作。</translation>
        </message>
        <message>
            <source>Not approved.</source>
            <translation>未批准。</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Supervisor approval</source>
            <translation>主管批准</translation>
        </message>
        <message>
            <source>Supervisor user name</source>
            <translation>主管用户名</translation>
        </message>
        <message>
            <source>Supervisor password</source>
            <translation>主管密码</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: try again in {n} minutes.</source>
            <translation>密码错误次数过多：请 {n} 分钟后再试。</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>该账号已停用，请联系管理员。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Community Desk — sign in</source>
            <translation>社区服务台 — 登录</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
</TS>
