<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountForm</name>
        <message>
            <source>Edit account</source>
            <translation>修改账号</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>新建账号</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>初始密码</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>There are no default passwords: tell the person this one; they change it at first sign-in.</source>
            <translation>系统没有默认密码：请把这个密码告诉本人，对方首次登录时须改成自己的密码。</translation>
        </message>
        <message>
            <source>The last active administrator keeps the role.</source>
            <translation>最后一位在用的管理员必须保留管理员角色。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
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
            <source>The name contains control characters; type it again.</source>
            <translation>姓名中含有控制字符，请重新输入。</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>The password contains control characters.</source>
            <translation>密码中含有控制字符。</translation>
        </message>
        <message>
            <source>The password cannot be only spaces.</source>
            <translation>密码不能只由空格组成。</translation>
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
            <source>This account does not exist.</source>
            <translation>该账号不存在。</translation>
        </message>
        <message>
            <source>This user name is taken.</source>
            <translation>该用户名已被使用。</translation>
        </message>
        <message>
            <source>The last active administrator keeps the role.</source>
            <translation>最后一位在用的管理员必须保留管理员角色。</translation>
        </message>
        <message>
            <source>Say why the account is disabled.</source>
            <translation>请说明停用该账号的原因。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <source>The last active administrator cannot be disabled.</source>
            <translation>最后一位在用的管理员不能停用。</translation>
        </message>
        <message>
            <source>Choose a password different from the old one.</source>
            <translation>新密码不能与旧密码相同。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码错误。</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Staff accounts</source>
            <translation>工作人员账号</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>新建账号…</translation>
        </message>
        <message>
            <source>Name and roles…</source>
            <translation>姓名和角色…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <source>The last active administrator cannot be disabled.</source>
            <translation>最后一位在用的管理员不能停用。</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Account {user} created.</source>
            <translation>已创建账号 {user}。</translation>
        </message>
        <message>
            <source>Account {user} changed.</source>
            <translation>已修改账号 {user}。</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>停用账号</translation>
        </message>
        <message>
            <source>Why is the account of {name} disabled (left the center, on leave…)?</source>
            <translation>为什么停用 {name} 的账号（离职、休假……）？</translation>
        </message>
        <message>
            <source>Account {user} disabled.</source>
            <translation>已停用账号 {user}。</translation>
        </message>
        <message>
            <source>Account {user} enabled.</source>
            <translation>已启用账号 {user}。</translation>
        </message>
        <message>
            <source>Temporary password set for {user}; they choose their own at the next sign-in.</source>
            <translation>已为 {user} 设置临时密码；对方下次登录时须改成自己的密码。</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked for a few minutes</source>
            <translation>暂时锁定</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
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
        <message>
            <source>This needs a supervisor's approval.</source>
            <translation>此操作需要主管批准。</translation>
        </message>
        <message>
            <source>{name} cannot approve their own action: another person must approve it.</source>
            <translation>{name}不能批准自己的操作：须由另一人批准。</translation>
        </message>
        <message>
            <source>{name} cannot approve: no such active account.</source>
            <translation>{name}无法批准：没有这个在用的账号。</translation>
        </message>
        <message>
            <source>{name} may not approve this: {why}</source>
            <translation>{name}无权批准此操作：{why}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Supervisor approval</source>
            <translation>主管批准</translation>
        </message>
        <message>
            <source>The approval must come from another person, not {name}.</source>
            <translation>须由另一位同事批准，不能由{name}本人批准。</translation>
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
        <name>AuditDetail</name>
        <message>
            <source>Values before and after</source>
            <translation>修改前后的值</translation>
        </message>
        <message>
            <source>{when} · {user} · {action}</source>
            <translation>{when} · {user} · {action}</translation>
        </message>
        <message>
            <source>Record: {record}</source>
            <translation>记录：{record}</translation>
        </message>
        <message>
            <source>Workstation: {name}</source>
            <translation>工作站：{name}</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>工作站</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>按日期筛选</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Search the audit trail</source>
            <translation>搜索审计日志</translation>
        </message>
        <message>
            <source>Text in the summary or the values</source>
            <translation>摘要或修改值中的文字</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Audit trail check</source>
            <translation>操作日志校验</translation>
        </message>
        <message>
            <source>The audit trail has been tampered with: {problem} Entries shown may be incomplete or altered.</source>
            <translation>操作日志已被篡改：{problem} 下列记录可能不完整或已被改动。</translation>
        </message>
        <message>
            <source>{n} entries shown; scroll for more.</source>
            <translation>已显示 {n} 条；向下滚动查看更多。</translation>
        </message>
        <message>
            <source>{n} entries.</source>
            <translation>共 {n} 条。</translation>
        </message>
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>调休上班</translation>
        </message>
    </context>
    <context>
        <name>CenterAdmin</name>
        <message>
            <source>Contains control characters; type it again.</source>
            <translation>含有控制字符，请重新输入。</translation>
        </message>
        <message>
            <source>Keep 1 to 365 backups.</source>
            <translation>保留 1 到 365 份备份。</translation>
        </message>
        <message>
            <source>Unknown setting: {key}</source>
            <translation>未知设置：{key}</translation>
        </message>
        <message>
            <source>Choose holiday or make-up working day.</source>
            <translation>请选择节假日或调休上班。</translation>
        </message>
        <message>
            <source>A make-up working day falls on a Saturday or Sunday.</source>
            <translation>调休上班日只能是周六或周日。</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Your password was reset by an administrator. Choose your own before you continue.</source>
            <translation>管理员已重置您的密码。请先设置您自己的密码再继续。</translation>
        </message>
        <message>
            <source>Choose a new password (at least 8 characters).</source>
            <translation>请设置新密码（至少 8 个字符）。</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>修改后</translation>
        </message>
    </context>
    <context>
        <name>DatabaseServerDialog</name>
        <message>
            <source>Database server</source>
            <translation>数据库服务器</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>DatabaseServerForm</name>
        <message>
            <source>Use a database server (several workstations share one database)</source>
            <translation>使用数据库服务器（多台工作站共用一个数据库）</translation>
        </message>
        <message>
            <source>Use a database server</source>
            <translation>使用数据库服务器</translation>
        </message>
        <message>
            <source>Server PC (name or IP address)</source>
            <translation>服务器电脑（名称或 IP 地址）</translation>
        </message>
        <message>
            <source>e.g. 192.168.1.10 or front-desk-pc</source>
            <translation>例如 192.168.1.10 或 qiantai-pc</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>数据库名</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>数据库用户</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>Test the connection to the database server</source>
            <translation>测试与数据库服务器的连接</translation>
        </message>
        <message>
            <source>Save for the next start</source>
            <translation>保存（下次启动生效）</translation>
        </message>
        <message>
            <source>Save the database server setting</source>
            <translation>保存数据库服务器设置</translation>
        </message>
        <message>
            <source>Server PC</source>
            <translation>服务器电脑</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Every workstation of the center points at the same PostgreSQL database (see the README, “Several workstations”). The setting is kept on this PC and used at the next start; the password goes to the system's keyring where there is one.</source>
            <translation>中心的每台工作站都连接同一个 PostgreSQL 数据库（见说明文档“多台工作站”一节）。此设置保存在本机，下次启动时生效；如系统有密钥环，密码存入系统密钥环。</translation>
        </message>
        <message>
            <source>Connecting to {where}…</source>
            <translation>正在连接 {where}…</translation>
        </message>
        <message>
            <source>Saved: this PC uses {where} from the next start.</source>
            <translation>已保存：本机下次启动起使用 {where}。</translation>
        </message>
        <message>
            <source>Saved: this PC uses its own database file from the next start.</source>
            <translation>已保存：本机下次启动起使用本机的数据库文件。</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Screen locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续使用</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>您的密码</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Someone else signs in</source>
            <translation>换人登录</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password of the other person</source>
            <translation>对方的密码</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>The screen is locked. {name} ({user}) is signed in.</source>
            <translation>屏幕已锁定。当前登录：{name}（{user}）。</translation>
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
        <message>
            <source>Enter your password.</source>
            <translation>请输入密码。</translation>
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
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role may not see full ID numbers.</source>
            <translation>您的角色无权查看完整身份证号。</translation>
        </message>
        <message>
            <source>Your role may not reveal full ID numbers.</source>
            <translation>您的角色无权显示完整身份证号。</translation>
        </message>
        <message>
            <source>Your role may not see full phone numbers.</source>
            <translation>您的角色无权查看完整电话号码。</translation>
        </message>
        <message>
            <source>Your role may not see medical notes.</source>
            <translation>您的角色无权查看健康备注。</translation>
        </message>
        <message>
            <source>Only an administrator manages staff accounts.</source>
            <translation>只有管理员可以管理工作人员账号。</translation>
        </message>
        <message>
            <source>Only an administrator changes the settings.</source>
            <translation>只有管理员可以修改设置。</translation>
        </message>
        <message>
            <source>Only an administrator reads the audit trail.</source>
            <translation>只有管理员可以查看审计日志。</translation>
        </message>
        <message>
            <source>Your role may not approve voids or refunds.</source>
            <translation>您的角色无权批准作废或退款。</translation>
        </message>
        <message>
            <source>Your role may not override a pick-up check.</source>
            <translation>您的角色无权强制放行接送核验。</translation>
        </message>
        <message>
            <source>Only an administrator reopens a closed day.</source>
            <translation>只有管理员可以重新开启已日结的账。</translation>
        </message>
        <message>
            <source>Your role may not export personal data.</source>
            <translation>您的角色无权导出个人信息。</translation>
        </message>
        <message>
            <source>Your role may not change resident records.</source>
            <translation>您的角色无权修改居民档案。</translation>
        </message>
        <message>
            <source>Your role may not see which children an adult collects.</source>
            <translation>您的角色无权查看该成人接送哪些儿童。</translation>
        </message>
        <message>
            <source>Your role may not take in or handle requests.</source>
            <translation>您的角色不能受理或办理群众诉求。</translation>
        </message>
        <message>
            <source>Your role may not change departments, categories or station services.</source>
            <translation>您的角色不能修改部门、诉求类别或驿站服务项目。</translation>
        </message>
        <message>
            <source>Only an administrator decides on a deadline extension.</source>
            <translation>只有管理员可以审批办理期限延期。</translation>
        </message>
        <message>
            <source>Only an administrator closes a request without its follow-up.</source>
            <translation>只有管理员可以不经回访结案。</translation>
        </message>
        <message>
            <source>Your role may not sell meals or handle meal cards.</source>
            <translation>您的角色不能售餐或办理饭卡业务。</translation>
        </message>
        <message>
            <source>Only an administrator changes meal slots, prices and subsidy rules.</source>
            <translation>只有管理员可以修改餐次、价格和补贴规则。</translation>
        </message>
        <message>
            <source>Your role may not work the childcare desk.</source>
            <translation>您的角色不能办理托管签到签退业务。</translation>
        </message>
        <message>
            <source>Your role may not change childcare programs, children or contacts.</source>
            <translation>您的角色不能修改托管班、儿童或接送人信息。</translation>
        </message>
        <message>
            <source>Your role may not change volunteer records or issue certificates.</source>
            <translation>您的角色不能修改志愿者档案或开具服务证明。</translation>
        </message>
        <message>
            <source>Your role may not change the volunteer roster.</source>
            <translation>您的角色不能修改志愿者排班。</translation>
        </message>
        <message>
            <source>Your role may not approve volunteer hours.</source>
            <translation>您的角色不能审核志愿服务时长。</translation>
        </message>
        <message>
            <source>Your role may not approve a subsidised meal outside serving hours.</source>
            <translation>您的角色无权批准供餐时间外的补贴餐。</translation>
        </message>
        <message>
            <source>Only an administrator approves lifting a pick-up block.</source>
            <translation>只有管理员可以批准解除禁止接送。</translation>
        </message>
        <message>
            <source>Your role may not see the center's statistics.</source>
            <translation>您的角色不能查看中心的统计数据。</translation>
        </message>
        <message>
            <source>Your role may not issue the district monthly report.</source>
            <translation>您的角色不能出具街道月报。</translation>
        </message>
        <message>
            <source>Only an administrator imports records from a spreadsheet.</source>
            <translation>只有管理员可以从表格导入档案。</translation>
        </message>
        <message>
            <source>Your role may not sign residents up for classes or take attendance.</source>
            <translation>您的角色不能为居民报名课程或记录考勤。</translation>
        </message>
        <message>
            <source>Your role may not change classes, activities or their teachers.</source>
            <translation>您的角色不能修改课程、活动或授课老师。</translation>
        </message>
        <message>
            <source>Your role may not lend or take back books.</source>
            <translation>您的角色不能办理图书借还。</translation>
        </message>
        <message>
            <source>Your role may not change the book room's catalogue or settings.</source>
            <translation>您的角色不能修改城市书房的书目或设置。</translation>
        </message>
        <message>
            <source>Only an administrator waives a fine or undoes a fine's record.</source>
            <translation>只有管理员可以免除罚款或撤销罚款记录。</translation>
        </message>
        <message>
            <source>Only an administrator refunds a course fee once the term has begun.</source>
            <translation>开课后只有管理员可以退还课程费用。</translation>
        </message>
        <message>
            <source>Your role may not record visits or council meetings.</source>
            <translation>您的角色不能登记走访或议事会议。</translation>
        </message>
        <message>
            <source>Your role may not change building councils or 三带一联 links.</source>
            <translation>您的角色不能修改楼栋理事会或“三带一联”联系户。</translation>
        </message>
        <message>
            <source>Your role may not see health records.</source>
            <translation>您的角色不能查看健康档案。</translation>
        </message>
        <message>
            <source>Your role may not change health records.</source>
            <translation>您的角色不能修改健康档案。</translation>
        </message>
        <message>
            <source>Your role may not see the 今日关注 list.</source>
            <translation>您的角色不能查看“今日关注”名单。</translation>
        </message>
        <message>
            <source>Only an administrator changes the alert rules.</source>
            <translation>只有管理员可以修改预警规则。</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>This resident does not exist.</source>
            <translation>该居民不存在。</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>A temporary password for {name} ({user}). They must choose their own at the next sign-in.</source>
            <translation>为 {name}（{user}）设置临时密码。对方下次登录时须改成自己的密码。</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <source>Repeat temporary password</source>
            <translation>再次输入临时密码</translation>
        </message>
        <message>
            <source>Set temporary password</source>
            <translation>设置临时密码</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>再次输入</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Front desk</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>托管</translation>
        </message>
        <message>
            <source>Volunteer coordinator</source>
            <translation>志愿者管理</translation>
        </message>
        <message>
            <source>Book room</source>
            <translation>城市书房</translation>
        </message>
        <message>
            <source>Health corner</source>
            <translation>健康小屋</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Receipt paper width</source>
            <translation>小票纸宽度</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 毫米</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 毫米</translation>
        </message>
        <message>
            <source>Center name *</source>
            <translation>中心名称 *</translation>
        </message>
        <message>
            <source>Receipt paper</source>
            <translation>小票纸</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>中心信息</translation>
        </message>
        <message>
            <source>Lock the screen after minutes without input</source>
            <translation>无操作多少分钟后锁屏</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Empty: the app's own data folder</source>
            <translation>留空：使用程序自己的数据文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>Number of backups to keep</source>
            <translation>保留的备份份数</translation>
        </message>
        <message>
            <source>Idle lock after</source>
            <translation>无操作锁屏</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>保留备份</translation>
        </message>
        <message>
            <source>A USB drive works well as the backup folder; the oldest backups beyond the number kept are removed.</source>
            <translation>备份文件夹可以设在 U 盘上；超出保留份数的最旧备份会被删除。</translation>
        </message>
        <message>
            <source>Security and backups</source>
            <translation>安全与备份</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>节假日和调休上班日</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>日期类型</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>Name of the day</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. 春节</source>
            <translation>例如：春节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add the day</source>
            <translation>添加该日期</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected day</source>
            <translation>移除所选日期</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Database server</source>
            <translation>数据库服务器</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
</TS>
