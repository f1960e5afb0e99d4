<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>第一位管理员</translation>
        </message>
        <message>
            <source>There are no built-in passwords: choose this one yourself and keep it safe.</source>
            <translation>系统没有内置密码：请自行设置并妥善保管。</translation>
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
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Community Desk</source>
            <translation>社区服务台</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Database server settings…</source>
            <translation>数据库服务器设置…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>{user}: {password} ({roles} · {name})</source>
            <translation>{user}：{password}（{roles} · {name}）</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Audit entry #{id} was changed after it was written.</source>
            <translation>第 {id} 条操作日志在写入后被改动过。</translation>
        </message>
        <message>
            <source>The audit chain is broken before entry #{id}: an entry before it was removed or changed.</source>
            <translation>操作日志在第 {id} 条之前断链：之前有记录被删除或改动。</translation>
        </message>
        <message>
            <source>Audit entry #{id} has no seal: it was not written by Community Desk.</source>
            <translation>第 {id} 条操作日志没有校验值：不是由社区服务台写入的。</translation>
        </message>
        <message>
            <source>Audit entries after #{id} were removed (the newest entry written was #{head}).</source>
            <translation>第 {id} 条之后的操作日志被删除了（最后写入的是第 {head} 条）。</translation>
        </message>
        <message>
            <source>Audit entries were removed: the outside anchor recorded entries up to #{head}, the trail now ends at #{id}.</source>
            <translation>审计记录被删除：外部锚点记录到第 {head} 条，现在的记录只到第 {id} 条。</translation>
        </message>
        <message>
            <source>The audit trail was rewritten and sealed again: entry #{id} differs from the outside anchor.</source>
            <translation>审计记录被改写后重新封存：第 {id} 条与外部锚点不一致。</translation>
        </message>
        <message>
            <source>The audit chain's head is missing: the trail cannot be vouched for.</source>
            <translation>操作日志的链头记录缺失，无法确认日志完整。</translation>
        </message>
        <message>
            <source>The audit trail is intact: {n} entries checked.</source>
            <translation>操作日志完整：已校验 {n} 条。</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>强制放行</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>从表格导入</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>锁屏</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Full ID number shown</source>
            <translation>查看完整身份证号</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Approval failed</source>
            <translation>批准失败</translation>
        </message>
        <message>
            <source>Approval refused</source>
            <translation>无权批准</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>停用账号</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>启用账号</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Day reopened</source>
            <translation>重新开账</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>结算</translation>
        </message>
        <message>
            <source>Filled in</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reprinted</source>
            <translation>补打</translation>
        </message>
        <message>
            <source>Card topped up</source>
            <translation>饭卡充值</translation>
        </message>
        <message>
            <source>Card refunded</source>
            <translation>饭卡退款</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>Audit protection restored</source>
            <translation>恢复审计保护</translation>
        </message>
        <message>
            <source>Blocked adult refused</source>
            <translation>拒绝禁止接送人</translation>
        </message>
        <message>
            <source>Pick-up block lifted</source>
            <translation>解除禁止接送</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>退出项目</translation>
        </message>
        <message>
            <source>Child signed in</source>
            <translation>儿童签到</translation>
        </message>
        <message>
            <source>Child signed out</source>
            <translation>儿童签退</translation>
        </message>
        <message>
            <source>Marked absent</source>
            <translation>登记缺勤</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派单</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>签收</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>退单</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>党员领单</translation>
        </message>
        <message>
            <source>Work started</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Waiting for resident</source>
            <translation>等待居民</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>恢复办理</translation>
        </message>
        <message>
            <source>Extension asked</source>
            <translation>申请延期</translation>
        </message>
        <message>
            <source>Extension decided</source>
            <translation>审批延期</translation>
        </message>
        <message>
            <source>Issued again</source>
            <translation>重新开具</translation>
        </message>
        <message>
            <source>Hours approved</source>
            <translation>审核通过时长</translation>
        </message>
        <message>
            <source>Hours rejected</source>
            <translation>退回时长</translation>
        </message>
        <message>
            <source>Taken off the shift</source>
            <translation>移出班次</translation>
        </message>
        <message>
            <source>Moved up from waitlist</source>
            <translation>候补转正</translation>
        </message>
        <message>
            <source>Course fee paid</source>
            <translation>课程费用已缴</translation>
        </message>
        <message>
            <source>Course fee refunded</source>
            <translation>课程费用已退</translation>
        </message>
        <message>
            <source>Volunteer checked in</source>
            <translation>志愿者签到</translation>
        </message>
        <message>
            <source>Volunteer checked out</source>
            <translation>志愿者签退</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>District copy lent (SIP2)</source>
            <translation>区馆图书借出（通借通还）</translation>
        </message>
        <message>
            <source>District copy returned (SIP2)</source>
            <translation>区馆图书归还（通借通还）</translation>
        </message>
        <message>
            <source>District copy renewed (SIP2)</source>
            <translation>区馆图书续借（通借通还）</translation>
        </message>
        <message>
            <source>Kept district transaction sent (SIP2)</source>
            <translation>补发暂存的区馆业务</translation>
        </message>
        <message>
            <source>Refused district transaction resolved</source>
            <translation>区馆拒绝的业务已处理</translation>
        </message>
        <message>
            <source>Book lent</source>
            <translation>借出图书</translation>
        </message>
        <message>
            <source>Book returned</source>
            <translation>归还图书</translation>
        </message>
        <message>
            <source>Loan renewed</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Hold placed</source>
            <translation>预约图书</translation>
        </message>
        <message>
            <source>Taken out of the collection</source>
            <translation>注销馆藏</translation>
        </message>
        <message>
            <source>Catalogue import</source>
            <translation>导入书目</translation>
        </message>
        <message>
            <source>Reminder slips printed</source>
            <translation>打印催还单</translation>
        </message>
        <message>
            <source>Closed without a follow-up answer</source>
            <translation>未回访结案</translation>
        </message>
        <message>
            <source>Book room fine paid</source>
            <translation>书房罚款已缴</translation>
        </message>
        <message>
            <source>Book room fine waived</source>
            <translation>书房罚款已免除</translation>
        </message>
        <message>
            <source>Book room fine record undone</source>
            <translation>书房罚款记录已撤销</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>Turned into a visit request</source>
            <translation>转为走访请求</translation>
        </message>
        <message>
            <source>Marked done</source>
            <translation>标记完成</translation>
        </message>
        <message>
            <source>Health record opened</source>
            <translation>查看健康档案</translation>
        </message>
        <message>
            <source>Closed as lost to follow-up</source>
            <translation>失访结案</translation>
        </message>
    </context>
    <context>
        <name>AuditFields</name>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁屏</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>List</source>
            <translation>清单</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Further counters' sections</source>
            <translation>其他窗口部分数</translation>
        </message>
        <message>
            <source>First issued</source>
            <translation>首次报送时间</translation>
        </message>
        <message>
            <source>Identical to the first issue</source>
            <translation>与首次报送一致</translation>
        </message>
        <message>
            <source>Issue record</source>
            <translation>报送记录</translation>
        </message>
        <message>
            <source>PDF fingerprint (SHA-256)</source>
            <translation>PDF文件校验码</translation>
        </message>
        <message>
            <source>Excel fingerprint (SHA-256)</source>
            <translation>Excel文件校验码</translation>
        </message>
        <message>
            <source>Full ID numbers and phones</source>
            <translation>含完整身份证号和电话</translation>
        </message>
        <message>
            <source>Full ID numbers</source>
            <translation>完整身份证号</translation>
        </message>
        <message>
            <source>Full phones</source>
            <translation>完整电话</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>本地居民</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>紧急联系电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>人员类别</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>Center address</source>
            <translation>中心地址</translation>
        </message>
        <message>
            <source>Center phone</source>
            <translation>中心电话</translation>
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
            <source>Idle lock minutes</source>
            <translation>无操作锁屏分钟数</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>保留备份份数</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Claimed by</source>
            <translation>领单党员</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>回访评价</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Days waited</source>
            <translation>等待天数</translation>
        </message>
        <message>
            <source>Undecided extension ended (working days)</source>
            <translation>未审批的延期申请随之结束（工作日）</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>是否批准</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>共建单位</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source reference</source>
            <translation>来源编号</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <translation>随访计划</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Earlier signing</source>
            <translation>原签约</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>同意日期</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <source>Renewal due</source>
            <translation>续约到期</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>订餐</translation>
        </message>
        <message>
            <source>Bought by</source>
            <translation>代买人</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>自付</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>补贴</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Left alone</source>
            <translation>自行离开</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Approver account</source>
            <translation>批准人账号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>服务选项</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Total minutes</source>
            <translation>总分钟数</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>按来源</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>补打次数</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结账</translation>
        </message>
        <message>
            <source>Set-up completed</source>
            <translation>已完成初始设置</translation>
        </message>
        <message>
            <source>Bookings dropped</source>
            <translation>取消的报名</translation>
        </message>
        <message>
            <source>Time clash</source>
            <translation>时间冲突</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>已满</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Book copy</source>
            <translation>图书</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>证号</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>国际标准书号</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>归属</translation>
        </message>
        <message>
            <source>Loan period (days)</source>
            <translation>借期（天）</translation>
        </message>
        <message>
            <source>Books per reader</source>
            <translation>每证可借册数</translation>
        </message>
        <message>
            <source>Renewals per loan</source>
            <translation>每次借阅可续借次数</translation>
        </message>
        <message>
            <source>No loans while books are overdue</source>
            <translation>有逾期图书时停借</translation>
        </message>
        <message>
            <source>Fines charged</source>
            <translation>收取逾期罚款</translation>
        </message>
        <message>
            <source>Fine per day (fen)</source>
            <translation>每天罚款（分）</translation>
        </message>
        <message>
            <source>Borrowing on one's own card from age</source>
            <translation>可自己办证的年龄</translation>
        </message>
    </context>
    <context>
        <name>AuditRecords</name>
        <message>
            <source>Staff account</source>
            <translation>工作人员账号</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Calendar day</source>
            <translation>日历</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Database server</source>
            <translation>数据库服务器</translation>
        </message>
        <message>
            <source>Meal ticket</source>
            <translation>餐票</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>饭卡</translation>
        </message>
        <message>
            <source>Meal booking</source>
            <translation>订餐</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Subsidy rule</source>
            <translation>补贴规则</translation>
        </message>
        <message>
            <source>Kitchen list</source>
            <translation>备餐单</translation>
        </message>
        <message>
            <source>Canteen day close</source>
            <translation>食堂日结</translation>
        </message>
        <message>
            <source>Subsidy settlement</source>
            <translation>补贴结算</translation>
        </message>
        <message>
            <source>Canteen demo data</source>
            <translation>食堂演示数据</translation>
        </message>
        <message>
            <source>Childcare demo data</source>
            <translation>托管演示数据</translation>
        </message>
        <message>
            <source>Childcare program</source>
            <translation>托管项目</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>District monthly report</source>
            <translation>街道月报</translation>
        </message>
        <message>
            <source>Child's contact</source>
            <translation>儿童联系人</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>报名</translation>
        </message>
        <message>
            <source>Sign-in/out record</source>
            <translation>签到签退记录</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>值班人员</translation>
        </message>
        <message>
            <source>Childcare sheet</source>
            <translation>托管签到表</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Building council</source>
            <translation>楼栋理事会</translation>
        </message>
        <message>
            <source>Council role</source>
            <translation>理事会任职</translation>
        </message>
        <message>
            <source>三带一联 link</source>
            <translation>三带一联</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Council meeting</source>
            <translation>理事会议事</translation>
        </message>
        <message>
            <source>Meeting follow-up task</source>
            <translation>议事后续任务</translation>
        </message>
        <message>
            <source>Buildings and visits demo data</source>
            <translation>楼栋与走访演示数据</translation>
        </message>
        <message>
            <source>Request report</source>
            <translation>诉求报表</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Request category</source>
            <translation>诉求类别</translation>
        </message>
        <message>
            <source>Station service</source>
            <translation>驿站服务</translation>
        </message>
        <message>
            <source>Station visit</source>
            <translation>驿站服务记录</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Volunteer post</source>
            <translation>志愿岗位</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Weekly shift</source>
            <translation>每周班次</translation>
        </message>
        <message>
            <source>Shift sign-up</source>
            <translation>班次报名</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>志愿时长</translation>
        </message>
        <message>
            <source>Volunteer certificate</source>
            <translation>志愿服务证明</translation>
        </message>
        <message>
            <source>Volunteer report</source>
            <translation>志愿报表</translation>
        </message>
        <message>
            <source>District library transaction</source>
            <translation>区馆通借通还业务</translation>
        </message>
        <message>
            <source>District library link</source>
            <translation>区图书馆对接设置</translation>
        </message>
        <message>
            <source>Book copy</source>
            <translation>图书</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Book loan</source>
            <translation>借阅记录</translation>
        </message>
        <message>
            <source>Book room fines ledger</source>
            <translation>书房罚款台账</translation>
        </message>
        <message>
            <source>Book hold</source>
            <translation>图书预约</translation>
        </message>
        <message>
            <source>Book room settings</source>
            <translation>城市书房设置</translation>
        </message>
        <message>
            <source>Book room catalogue</source>
            <translation>城市书房书目</translation>
        </message>
        <message>
            <source>Class or activity</source>
            <translation>课程或活动</translation>
        </message>
        <message>
            <source>Class session</source>
            <translation>上课场次</translation>
        </message>
        <message>
            <source>Class sign-up</source>
            <translation>课程报名</translation>
        </message>
        <message>
            <source>Alert (today's list)</source>
            <translation>今日关注提醒</translation>
        </message>
        <message>
            <source>Alert rule</source>
            <translation>关注规则</translation>
        </message>
        <message>
            <source>Health data consent</source>
            <translation>健康信息授权</translation>
        </message>
        <message>
            <source>Family-doctor signing</source>
            <translation>家庭医生签约</translation>
        </message>
        <message>
            <source>Chronic condition</source>
            <translation>慢性病</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <translation>随访计划</translation>
        </message>
        <message>
            <source>Health follow-up</source>
            <translation>健康随访</translation>
        </message>
        <message>
            <source>Follow-up attempt</source>
            <translation>随访尝试</translation>
        </message>
        <message>
            <source>Health reading</source>
            <translation>健康测量</translation>
        </message>
        <message>
            <source>Referral to the partner clinic</source>
            <translation>转介合作医疗机构</translation>
        </message>
        <message>
            <source>Health due list</source>
            <translation>健康待办清单</translation>
        </message>
        <message>
            <source>Health demo data</source>
            <translation>健康服务演示数据</translation>
        </message>
        <message>
            <source>List exported to Excel</source>
            <translation>清单导出Excel</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>Unknown user name</source>
            <translation>用户名不存在</translation>
        </message>
        <message>
            <source>The account was locked</source>
            <translation>账号已锁定</translation>
        </message>
        <message>
            <source>The account is disabled</source>
            <translation>账号已停用</translation>
        </message>
        <message>
            <source>Wrong password (attempt {n})</source>
            <translation>密码错误（第 {n} 次）</translation>
        </message>
        <message>
            <source>Wrong password (attempt {n}); the account is locked for a while</source>
            <translation>密码错误（第 {n} 次），账号暂时锁定</translation>
        </message>
        <message>
            <source>Full ID number shown</source>
            <translation>显示了完整身份证号</translation>
        </message>
        <message>
            <source>Full ID number shown in {where}</source>
            <translation>在{where}显示了完整身份证号</translation>
        </message>
        <message>
            <source>Full ID numbers shown in a list ({n})</source>
            <translation>在列表中显示了完整身份证号（{n} 人）</translation>
        </message>
        <message>
            <source>Full ID number found by scanning a card</source>
            <translation>刷身份证查到完整身份证号</translation>
        </message>
        <message>
            <source>Full ID number printed on certificate {number}</source>
            <translation>在证明 {number} 上打印了完整身份证号</translation>
        </message>
        <message>
            <source>{what}</source>
            <translation>{what}</translation>
        </message>
        <message>
            <source>{file}: {imported} imported, {updated} updated, {skipped} skipped, {refused} refused</source>
            <translation>{file}：导入 {imported} 条，更新 {updated} 条，跳过 {skipped} 条，拒绝 {refused} 条</translation>
        </message>
        <message>
            <source>Issued to the street office</source>
            <translation>已报送街道</translation>
        </message>
        <message>
            <source>Re-issued from the stored figures</source>
            <translation>按存档数据重新出具</translation>
        </message>
        <message>
            <source>Draft of a month not over yet (not issued)</source>
            <translation>本月尚未结束的草稿（未报送）</translation>
        </message>
        <message>
            <source>{what}: {detail}</source>
            <translation>{what}：{detail}</translation>
        </message>
        <message>
            <source>{list} (filter: {filter}), {rows} rows</source>
            <translation>{list}（筛选：{filter}），共{rows}行</translation>
        </message>
        <message>
            <source>The audit trail's append-only protection was missing and has been put back.</source>
            <translation>审计日志的防篡改保护曾缺失，已经恢复。</translation>
        </message>
        <message>
            <source>Restored with a damaged audit trail (--force): {problem}</source>
            <translation>在审计日志已损坏的情况下强制恢复（--force）：{problem}</translation>
        </message>
        <message>
            <source>{day} {kind} {name}</source>
            <translation>{day} {kind} {name}</translation>
        </message>
        <message>
            <source>{day} {kind} removed</source>
            <translation>{day} 取消{kind}</translation>
        </message>
        <message>
            <source>Official calendar: {n} days ({first}–{last})</source>
            <translation>导入国家法定节假日：{n} 天（{first}–{last} 年）</translation>
        </message>
        <message>
            <source>Changed: {keys}</source>
            <translation>修改了：{keys}</translation>
        </message>
        <message>
            <source>Back to the local database file</source>
            <translation>改回本机数据库文件</translation>
        </message>
        <message>
            <source>{name} {day} {slot} ×{quantity}</source>
            <translation>{name} {day} {slot} ×{quantity}</translation>
        </message>
        <message>
            <source>Kitchen list for {day}</source>
            <translation>{day} 备餐单</translation>
        </message>
        <message>
            <source>{tickets} tickets, {voids} voided, {cards} meal cards, {bookings} bookings</source>
            <translation>{tickets} 张餐票，作废 {voids} 张，饭卡 {cards} 张，订餐 {bookings} 份</translation>
        </message>
        <message>
            <source>{programs} programs, {children} children, {events} sign-in/out records</source>
            <translation>{programs} 个项目，{children} 名儿童，{events} 条签到签退记录</translation>
        </message>
        <message>
            <source>{child} signed in at {time}</source>
            <translation>{child} {time} 签到</translation>
        </message>
        <message>
            <source>{child} collected by {adult} at {time}</source>
            <translation>{child} {time} 由{adult}接走</translation>
        </message>
        <message>
            <source>{child} left alone at {time}</source>
            <translation>{child} {time} 自行离开</translation>
        </message>
        <message>
            <source>{child}: {adult} is blocked from pick-up ({step}), refused</source>
            <translation>{child}：{adult} 被禁止接送（{step}），已拒绝</translation>
        </message>
        <message>
            <source>Over capacity ({count}/{capacity}): {reason}</source>
            <translation>超出名额（{count}/{capacity}）：{reason}</translation>
        </message>
        <message>
            <source>{what} {day}</source>
            <translation>{what} {day}</translation>
        </message>
        <message>
            <source>{number}: receipt copy</source>
            <translation>{number}：补打回执</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月度报表</translation>
        </message>
        <message>
            <source>{name}: categories changed</source>
            <translation>{name}：修改了负责的类别</translation>
        </message>
        <message>
            <source>Demo volunteers</source>
            <translation>演示志愿者</translation>
        </message>
        <message>
            <source>Book room lending rules</source>
            <translation>城市书房借阅规则</translation>
        </message>
        <message>
            <source>Copy {barcode}</source>
            <translation>图书 {barcode}</translation>
        </message>
        <message>
            <source>Copy {barcode} out of the collection ({status}): {reason}</source>
            <translation>图书 {barcode} 注销馆藏（{status}）：{reason}</translation>
        </message>
        <message>
            <source>Reader card {card}</source>
            <translation>读者证 {card}</translation>
        </message>
        <message>
            <source>Copy {barcode} lent, due {due}</source>
            <translation>图书 {barcode} 借出，应还日期 {due}</translation>
        </message>
        <message>
            <source>Copy {barcode} lent, due {due}; waiting to be sent to the district library</source>
            <translation>图书 {barcode} 借出，应还日期 {due}；待发送至区图书馆</translation>
        </message>
        <message>
            <source>Copy {barcode} returned ({days} days late)</source>
            <translation>图书 {barcode} 已归还（逾期 {days} 天）</translation>
        </message>
        <message>
            <source>Copy {barcode} returned, {days} days late, fine {fine} fen</source>
            <translation>图书 {barcode} 已归还，逾期 {days} 天，罚款 {fine} 分</translation>
        </message>
        <message>
            <source>Copy {barcode} renewed, due {due}</source>
            <translation>图书 {barcode} 续借，应还日期 {due}</translation>
        </message>
        <message>
            <source>Fine {fine} paid, receipt {receipt}</source>
            <translation>罚款 {fine} 已缴，收据号 {receipt}</translation>
        </message>
        <message>
            <source>Fine {fine} waived: {reason}</source>
            <translation>罚款 {fine} 已免除：{reason}</translation>
        </message>
        <message>
            <source>Fine payment {receipt} undone: {reason}</source>
            <translation>罚款缴纳记录 {receipt} 已撤销：{reason}</translation>
        </message>
        <message>
            <source>Fine waiver undone: {reason}</source>
            <translation>罚款免除记录已撤销：{reason}</translation>
        </message>
        <message>
            <source>Copy {barcode}: lent at another desk first; a return is kept to send to the district library</source>
            <translation>图书 {barcode}：已在另一窗口先借出；记下一笔还书，待发给区图书馆</translation>
        </message>
        <message>
            <source>Copy {barcode}: the loan made at the other desk is kept to send to the district library again</source>
            <translation>图书 {barcode}：另一窗口的借出已记下，待再次发给区图书馆</translation>
        </message>
        <message>
            <source>Copy {barcode}: due {due} as the district library gave it (the desk had given {before})</source>
            <translation>图书 {barcode}：按区图书馆定的日期 {due} 归还（本处原定 {before}）</translation>
        </message>
        <message>
            <source>Hold on copy {barcode}</source>
            <translation>预约图书 {barcode}</translation>
        </message>
        <message>
            <source>Hold on the title with ISBN {isbn}</source>
            <translation>按书号 {isbn} 预约该书</translation>
        </message>
        <message>
            <source>Hold on copy {barcode} cancelled</source>
            <translation>取消预约图书 {barcode}</translation>
        </message>
        <message>
            <source>{n} copies imported from {file} ({skipped} lines skipped)</source>
            <translation>从 {file} 导入 {n} 册（跳过 {skipped} 行）</translation>
        </message>
        <message>
            <source>Reminder slips for {n} overdue books</source>
            <translation>为 {n} 本逾期图书打印催还单</translation>
        </message>
        <message>
            <source>Demo book room</source>
            <translation>演示城市书房数据</translation>
        </message>
        <message>
            <source>{council}: {council_seat}</source>
            <translation>{council}：{council_seat}</translation>
        </message>
        <message>
            <source>Looks after {address} ({link_scope})</source>
            <translation>联系 {address}（{link_scope}）</translation>
        </message>
        <message>
            <source>Visit to {address} on {day}: {visit_result}</source>
            <translation>{day} 走访 {address}：{visit_result}</translation>
        </message>
        <message>
            <source>Meeting “{title}” on {day}, {tasks} follow-up tasks</source>
            <translation>{day} 议事“{title}”，后续任务 {tasks} 项</translation>
        </message>
        <message>
            <source>Demo councils, links, visits and meetings</source>
            <translation>演示理事会、三带一联、走访和议事</translation>
        </message>
        <message>
            <source>Volunteer record created</source>
            <translation>建立志愿者档案</translation>
        </message>
        <message>
            <source>{minutes} min on {day} ({source} {ref})</source>
            <translation>{day} {minutes} 分钟（{source} {ref}）</translation>
        </message>
        <message>
            <source>Hours {status}</source>
            <translation>时长{status}</translation>
        </message>
        <message>
            <source>Shift on {day}, {start}–{end} ({minutes} min)</source>
            <translation>{day} {start}–{end} 的班次（{minutes} 分钟）</translation>
        </message>
        <message>
            <source>Weekly shift on {weekday}, {start}–{end}</source>
            <translation>每{weekday} {start}–{end} 的班次</translation>
        </message>
        <message>
            <source>{n} shifts from the weekly plan, {first} to {last}</source>
            <translation>按每周计划生成 {n} 个班次（{first} 至 {last}）</translation>
        </message>
        <message>
            <source>Signed up: {status}</source>
            <translation>报名：{status}</translation>
        </message>
        <message>
            <source>Signed up: {status} (override: {reason})</source>
            <translation>报名：{status}（强制：{reason}）</translation>
        </message>
        <message>
            <source>Moved up from the waitlist</source>
            <translation>从候补转为正式</translation>
        </message>
        <message>
            <source>Consent ({method}) given on {day}</source>
            <translation>{day} 授权（{method}）</translation>
        </message>
        <message>
            <source>{team}, {doctor}; renewal due {due}</source>
            <translation>{team}，{doctor}；{due} 到期续约</translation>
        </message>
        <message>
            <source>Every {months} months; first due {due}</source>
            <translation>每 {months} 个月随访；首次 {due}</translation>
        </message>
        <message>
            <source>Follow-up on {day}; next due {due}</source>
            <translation>{day} 随访；下次 {due}</translation>
        </message>
        <message>
            <source>Follow-up tried on {day}, not done: {attempt_outcome}</source>
            <translation>{day} 尝试随访未成功：{attempt_outcome}</translation>
        </message>
        <message>
            <source>Readings: {kinds}</source>
            <translation>测量：{kinds}</translation>
        </message>
        <message>
            <source>Referred to {partner} (request {number})</source>
            <translation>转介至{partner}（诉求 {number}）</translation>
        </message>
        <message>
            <source>Health record opened</source>
            <translation>查看健康档案</translation>
        </message>
        <message>
            <source>Health record opened in {where}</source>
            <translation>在{where}查看健康档案</translation>
        </message>
        <message>
            <source>{consents} consents, {signings} signings, {plans} follow-up plans, {readings} readings</source>
            <translation>授权 {consents} 份，签约 {signings} 份，随访计划 {plans} 个，测量 {readings} 次</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>{day} 起的一周</translation>
        </message>
        <message>
            <source>Checked in at {at}</source>
            <translation>{at} 签到</translation>
        </message>
        <message>
            <source>Checked out at {at}</source>
            <translation>{at} 签退</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>未到岗</translation>
        </message>
        <message>
            <source>Did not come (day settled)</source>
            <translation>未到岗（当日结算）</translation>
        </message>
        <message>
            <source>Forgot to check out: the scheduled length is credited and goes to review</source>
            <translation>忘记签退：按排班时长记入，待审核</translation>
        </message>
        <message>
            <source>Service from {first} to {last}: {minutes} min</source>
            <translation>服务期间 {first} 至 {last}：{minutes} 分钟</translation>
        </message>
        <message>
            <source>Certificate {number} issued again</source>
            <translation>重新开具证明 {number}</translation>
        </message>
        <message>
            <source>Session on {day}, {time}</source>
            <translation>{day} {time}的课</translation>
        </message>
        <message>
            <source>{name} signed up for {course}: {status}</source>
            <translation>{name}报名{course}：{status}</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist of {course}</source>
            <translation>{name}由{course}候补转为正式报名</translation>
        </message>
        <message>
            <source>{name} on {day}: {n} participants</source>
            <translation>{name}（{day}）：{n}人参加</translation>
        </message>
        <message>
            <source>{course} on {day}: {present} present (list)</source>
            <translation>{course}（{day}）：名单签到{present}人</translation>
        </message>
        <message>
            <source>{name} present at {course} on {day} ({method})</source>
            <translation>{name}在{day}的{course}签到（{method}）</translation>
        </message>
        <message>
            <source>Class sign-in sheet printed ({n} names)</source>
            <translation>打印课程签到表（{n}人）</translation>
        </message>
        <message>
            <source>{course}: {n} completion certificates ({new} new)</source>
            <translation>{course}：结业证书{n}份（新出具{new}份）</translation>
        </message>
        <message>
            <source>Demo classes and activities</source>
            <translation>演示课程与活动</translation>
        </message>
        <message>
            <source>{course}: fee {fee} paid, receipt {receipt}</source>
            <translation>{course}：已缴费用 {fee}，收据号 {receipt}</translation>
        </message>
        <message>
            <source>{course}: fee {fee} refunded: {reason}</source>
            <translation>{course}：已退费用 {fee}：{reason}</translation>
        </message>
        <message>
            <source>Not sent: replaced by transaction {replaced_by}, kept to send it again after a return</source>
            <translation>未发送：由业务 {replaced_by} 代替，在还书之后重新发送</translation>
        </message>
        <message>
            <source>Copy {item}: done by the district library</source>
            <translation>图书 {item}：区馆已办理</translation>
        </message>
        <message>
            <source>Copy {item}: done by the district library, due {due}</source>
            <translation>图书 {item}：区馆已办理，应还日期 {due}</translation>
        </message>
        <message>
            <source>Copy {item}: refused by the district library ({sip_refusal})</source>
            <translation>图书 {item}：区馆拒绝（{sip_refusal}）</translation>
        </message>
        <message>
            <source>Copy {item}: the district library could not be asked ({sip_problem}); kept to send later</source>
            <translation>图书 {item}：无法连接区馆（{sip_problem}），已暂存待补发</translation>
        </message>
        <message>
            <source>Alert rule changed: {rule}</source>
            <translation>修改关注规则：{rule}</translation>
        </message>
        <message>
            <source>Visit requests from alerts are made in category {category}</source>
            <translation>由提醒生成的走访请求归入类别：{category}</translation>
        </message>
        <message>
            <source>Alert dismissed: {rule}</source>
            <translation>忽略提醒：{rule}</translation>
        </message>
        <message>
            <source>Alert turned into a visit request: {rule}</source>
            <translation>提醒转为走访请求：{rule}</translation>
        </message>
        <message>
            <source>Regular diner absent</source>
            <translation>常来就餐的老人没来</translation>
        </message>
        <message>
            <source>Elderly living alone, not visited</source>
            <translation>高龄独居老人久未走访</translation>
        </message>
        <message>
            <source>Health follow-up overdue</source>
            <translation>健康随访逾期</translation>
        </message>
        <message>
            <source>Authorisation or qualification expiring</source>
            <translation>接送授权或志愿者资质即将到期</translation>
        </message>
        <message>
            <source>Resolved request waiting for its follow-up call</source>
            <translation>办结诉求待回访</translation>
        </message>
        <message>
            <source>Visit requests from alerts</source>
            <translation>由提醒生成的走访请求</translation>
        </message>
        <message>
            <source>council chair</source>
            <translation>理事长</translation>
        </message>
        <message>
            <source>building head</source>
            <translation>楼栋长</translation>
        </message>
        <message>
            <source>unit head</source>
            <translation>单元长</translation>
        </message>
        <message>
            <source>council member</source>
            <translation>理事</translation>
        </message>
        <message>
            <source>household</source>
            <translation>本户</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>building</source>
            <translation>整栋</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>拒绝随访</translation>
        </message>
        <message>
            <source>moved away</source>
            <translation>已搬离</translation>
        </message>
        <message>
            <source>other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <source>all well</source>
            <translation>情况良好</translation>
        </message>
        <message>
            <source>need found</source>
            <translation>发现需求</translation>
        </message>
        <message>
            <source>nobody home</source>
            <translation>无人在家</translation>
        </message>
        <message>
            <source>switched user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>closed the program</source>
            <translation>退出程序</translation>
        </message>
        <message>
            <source>no activity for a while</source>
            <translation>长时间无操作</translation>
        </message>
        <message>
            <source>locked by the user</source>
            <translation>手动锁屏</translation>
        </message>
        <message>
            <source>the resident form</source>
            <translation>居民信息表</translation>
        </message>
        <message>
            <source>the resident profile</source>
            <translation>居民档案页</translation>
        </message>
        <message>
            <source>Subsidy settlement (PDF)</source>
            <translation>补贴结算表（PDF）</translation>
        </message>
        <message>
            <source>Subsidy settlement (Excel)</source>
            <translation>补贴结算表（Excel）</translation>
        </message>
        <message>
            <source>Day's sign-in record</source>
            <translation>当日签到签退记录</translation>
        </message>
        <message>
            <source>Blank sign-in sheet</source>
            <translation>空白签到表</translation>
        </message>
        <message>
            <source>Weekly attendance summary</source>
            <translation>每周出勤汇总</translation>
        </message>
        <message>
            <source>Week roster</source>
            <translation>每周排班表</translation>
        </message>
        <message>
            <source>Volunteer hours (PDF)</source>
            <translation>志愿时长（PDF）</translation>
        </message>
        <message>
            <source>Volunteer hours (Excel)</source>
            <translation>志愿时长（Excel）</translation>
        </message>
        <message>
            <source>Book room fines ledger (PDF)</source>
            <translation>书房罚款台账（PDF）</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>on the waitlist</source>
            <translation>候补</translation>
        </message>
        <message>
            <source>taken off</source>
            <translation>已移出</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>ticked on the list</source>
            <translation>名单勾选</translation>
        </message>
        <message>
            <source>found by name</source>
            <translation>按姓名查找</translation>
        </message>
        <message>
            <source>sheet code scanned</source>
            <translation>扫签到表二维码</translation>
        </message>
        <message>
            <source>shift</source>
            <translation>排班</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <source>request claim</source>
            <translation>诉求领单</translation>
        </message>
        <message>
            <source>class taught</source>
            <translation>授课</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>working day</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <source>ordinary day</source>
            <translation>普通日</translation>
        </message>
        <message>
            <source>sign-in</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>sign-out</source>
            <translation>签退</translation>
        </message>
        <message>
            <source>sign-out by an adult not on the list</source>
            <translation>名单外成人接走</translation>
        </message>
        <message>
            <source>breakfast</source>
            <translation>早餐</translation>
        </message>
        <message>
            <source>lunch</source>
            <translation>午餐</translation>
        </message>
        <message>
            <source>dinner</source>
            <translation>晚餐</translation>
        </message>
        <message>
            <source>reader's card blocked</source>
            <translation>读者证已被停用</translation>
        </message>
        <message>
            <source>card not known</source>
            <translation>区馆无此读者证</translation>
        </message>
        <message>
            <source>on hold for another reader</source>
            <translation>已被其他读者预约</translation>
        </message>
        <message>
            <source>barcode not known</source>
            <translation>区馆无此条码</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>未说明原因</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>服务器连不上</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>应答超时</translation>
        </message>
        <message>
            <source>answer not SIP2</source>
            <translation>应答格式无法识别</translation>
        </message>
        <message>
            <source>connection closed</source>
            <translation>连接被断开</translation>
        </message>
        <message>
            <source>sign-in refused</source>
            <translation>登录被拒绝</translation>
        </message>
        <message>
            <source>library system offline</source>
            <translation>区馆系统离线</translation>
        </message>
        <message>
            <source>link not set up</source>
            <translation>尚未设置对接</translation>
        </message>
        <message>
            <source>earlier ones still being sent</source>
            <translation>之前的业务仍在补发</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>No backup: {reason}</source>
            <translation>未备份：{reason}</translation>
        </message>
        <message>
            <source>The automatic backup was not made.

{reason}</source>
            <translation>自动备份没有完成。

{reason}</translation>
        </message>
        <message>
            <source>Making today's first backup…</source>
            <translation>正在进行今天的首次备份…</translation>
        </message>
        <message>
            <source>Today's first backup was written: {path} ({seconds:.1f} s)</source>
            <translation>今天的首次备份已写入：{path}（{seconds:.1f} 秒）</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已写入：{path}</translation>
        </message>
        <message>
            <source>No backup was made on closing.

{reason}</source>
            <translation>关闭时没有完成备份。

{reason}</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>关闭前正在备份…</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is no database at {path} to back up.</source>
            <translation>{path} 处没有可备份的数据库。</translation>
        </message>
        <message>
            <source>The backup failed: {error}</source>
            <translation>备份失败：{error}</translation>
        </message>
        <message>
            <source>The backup could not be written: {error}</source>
            <translation>无法写入备份：{error}</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} 不是文件。</translation>
        </message>
        <message>
            <source>{path} is not a Community Desk database.</source>
            <translation>{path} 不是社区服务台的数据库。</translation>
        </message>
        <message>
            <source>The database is damaged, so no backup was made: {error}</source>
            <translation>数据库已损坏，因此没有备份：{error}</translation>
        </message>
        <message>
            <source>{path} cannot be read: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be restored.</source>
            <translation>{path} 已损坏，无法恢复。</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Community Desk.</source>
            <translation>此备份由更新版本的社区服务台生成。</translation>
        </message>
        <message>
            <source>The restored database failed its check.</source>
            <translation>恢复后的数据库未通过检查。</translation>
        </message>
        <message>
            <source>The restored database failed its check: {error}</source>
            <translation>恢复后的数据库未通过检查：{error}</translation>
        </message>
        <message>
            <source>The restored database does not match the backup: {what} {found} instead of {expected}.</source>
            <translation>恢复后的数据与备份不一致：{what} 为 {found}，应为 {expected}。</translation>
        </message>
        <message>
            <source>This backup's audit trail is damaged ({problem}), so it was not restored: a damaged trail is evidence to keep. To restore it anyway, run `community-desk restore --force FILE`; that is recorded in the audit trail.</source>
            <translation>此备份的审计记录已损坏（{problem}），因此未恢复：损坏的审计记录是需要保留的证据。如仍要恢复，请运行 `community-desk restore --force 文件`，此操作会记入审计记录。</translation>
        </message>
        <message>
            <source>The backup could not be restored: {error}</source>
            <translation>无法恢复该备份：{error}</translation>
        </message>
        <message>
            <source>The backup could not be put in place: {error}</source>
            <translation>无法用该备份替换数据库：{error}</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be reached. If it is on a USB drive, plug the drive in; or choose another folder in the settings.</source>
            <translation>无法访问备份文件夹 {path}。如果它在U盘上，请插入U盘；或在设置中选择其他文件夹。</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be created: {error}</source>
            <translation>无法创建备份文件夹 {path}：{error}</translation>
        </message>
        <message>
            <source>The backup folder {path} is not a folder.</source>
            <translation>备份位置 {path} 不是文件夹。</translation>
        </message>
        <message>
            <source>Backups cannot be written to {path}: {error}</source>
            <translation>无法向 {path} 写入备份：{error}</translation>
        </message>
        <message>
            <source>PostgreSQL's {tool} was not found, so the server database cannot be backed up or restored here. Install the PostgreSQL client tools (the same or a newer version than the server) and make sure {tool} is on the PATH.</source>
            <translation>未找到 PostgreSQL 的 {tool}，本机无法备份或恢复服务器数据库。请安装 PostgreSQL 客户端工具（版本不低于服务器），并确保 {tool} 在 PATH 中。</translation>
        </message>
        <message>
            <source>{tool} could not be started: {error}</source>
            <translation>{tool} 无法启动：{error}</translation>
        </message>
        <message>
            <source>{tool} is older than the database server. Install the PostgreSQL client tools of the server's version or newer.</source>
            <translation>{tool} 的版本比数据库服务器旧。请安装与服务器相同或更新版本的 PostgreSQL 客户端工具。</translation>
        </message>
        <message>
            <source>{tool} failed: {error}</source>
            <translation>{tool} 失败：{error}</translation>
        </message>
        <message>
            <source>{where} is not a Community Desk database, so it was not backed up.</source>
            <translation>{where} 不是社区服务台的数据库，未备份。</translation>
        </message>
        <message>
            <source>{path} is not a Community Desk backup of a server database (pg_dump custom format).</source>
            <translation>{path} 不是社区服务台服务器数据库的备份（pg_dump 自定义格式）。</translation>
        </message>
        <message>
            <source>The database {where} is not empty, so nothing was restored into it. Restore into a new, empty database (create it on the server), then point the workstations at it.</source>
            <translation>数据库 {where} 不是空的，未恢复任何内容。请恢复到一个新建的空数据库（在服务器上创建），再让各工作站连接它。</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Your account is not in the restored data. Community Desk closes now: start it again and sign in with an account of the restored data.</source>
            <translation>恢复后的数据中没有您的账号。社区服务台现在关闭：请重新启动，并用恢复后数据中的账号登录。</translation>
        </message>
        <message>
            <source>{residents} residents, {requests} requests, {tickets} meal tickets, {children} children, {volunteers} volunteers</source>
            <translation>居民 {residents} 人、诉求 {requests} 件、餐票 {tickets} 张、儿童 {children} 名、志愿者 {volunteers} 名</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>选择要恢复的备份</translation>
        </message>
        <message>
            <source>Community Desk backups (*.sqlite3 *.bak);;All files (*)</source>
            <translation>社区服务台备份 (*.sqlite3 *.bak);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>数据与备份</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>恢复所选备份(&amp;R)…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>从文件恢复(&amp;F)…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Backups from the app work on the embedded database only; use the server's own tools.</source>
            <translation>应用内备份只适用于内置数据库；服务器数据库请使用服务器自带的工具。</translation>
        </message>
        <message>
            <source>Backups are kept in {folder} (the newest {keep}).</source>
            <translation>备份保存在 {folder}（保留最新 {keep} 份）。</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be reached (is the USB drive plugged in?).</source>
            <translation>无法访问备份文件夹 {path}（U盘插好了吗？）。</translation>
        </message>
        <message>
            <source>Reading the backups…</source>
            <translation>正在读取备份…</translation>
        </message>
        <message>
            <source>{n} backups.</source>
            <translation>共 {n} 份备份。</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>还没有备份。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已写入：{path}</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>请先在列表中选择一份备份。</translation>
        </message>
        <message>
            <source>Only an administrator restores a backup.</source>
            <translation>只有管理员可以恢复备份。</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>正在检查 {file}…</translation>
        </message>
        <message>
            <source>Replace ALL current data with the backup made {made}?

It holds {counts}.

Everything entered since then is replaced. A copy of the current data is kept first.</source>
            <translation>用 {made} 的备份替换当前全部数据吗？

该备份包含{counts}。

此后录入的所有内容都会被替换。替换前会先保留一份当前数据的副本。</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>The backup made {made} was restored.</source>
            <translation>{made} 的备份已恢复。</translation>
        </message>
        <message>
            <source>The data it replaced is kept at {path}</source>
            <translation>被替换的数据保存在 {path}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
    </context>
    <context>
        <name>BackupKinds</name>
        <message>
            <source>Daily, at start</source>
            <translation>每日首次启动</translation>
        </message>
        <message>
            <source>On exit</source>
            <translation>退出时</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>手动</translation>
        </message>
    </context>
    <context>
        <name>BackupListModel</name>
        <message>
            <source>Made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Meal tickets</source>
            <translation>餐票</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
    </context>
    <context>
        <name>Boundary</name>
        <message>
            <source>A value is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <source>Expected text.</source>
            <translation>这里应填文字。</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>这里应填整数。</translation>
        </message>
        <message>
            <source>An amount of money is a whole number of fen.</source>
            <translation>金额须为整数（以分计）。</translation>
        </message>
        <message>
            <source>Expected yes or no.</source>
            <translation>这里应选“是”或“否”。</translation>
        </message>
        <message>
            <source>Expected a date.</source>
            <translation>这里应填日期。</translation>
        </message>
        <message>
            <source>Expected a date without a time of day.</source>
            <translation>这里只填日期，不带时间。</translation>
        </message>
        <message>
            <source>Expected a date and time.</source>
            <translation>这里应填日期和时间。</translation>
        </message>
        <message>
            <source>The date must fall in the years {low} to {high}.</source>
            <translation>日期须在 {low} 年至 {high} 年之间。</translation>
        </message>
        <message>
            <source>The amount must be from {low} to {high}.</source>
            <translation>金额须在 {low} 到 {high} 之间。</translation>
        </message>
        <message>
            <source>Must be a whole number from {low} to {high}.</source>
            <translation>须为 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>{field} contains an invisible or control character ({code}) that cannot be stored; type it again.</source>
            <translation>{field}含有无法保存的不可见字符或控制字符（{code}），请重新输入。</translation>
        </message>
        <message>
            <source>Contains an invisible or control character ({code}) that cannot be stored; type it again.</source>
            <translation>含有无法保存的不可见字符或控制字符（{code}），请重新输入。</translation>
        </message>
        <message>
            <source>{field}: too many or too long entries, at most {limit} characters together.</source>
            <translation>{field}条目太多或太长：合计最多 {limit} 个字。</translation>
        </message>
        <message>
            <source>Too many or too long entries: at most {limit} characters together.</source>
            <translation>条目太多或太长：合计最多 {limit} 个字。</translation>
        </message>
        <message>
            <source>Not one of the allowed choices.</source>
            <translation>不是可选的值之一。</translation>
        </message>
        <message>
            <source>Expected a list.</source>
            <translation>这里应是一组值。</translation>
        </message>
        <message>
            <source>Expected a table of values.</source>
            <translation>这里应是一组设置值。</translation>
        </message>
        <message>
            <source>This value is of the wrong kind.</source>
            <translation>这个值的类型不对。</translation>
        </message>
    </context>
    <context>
        <name>CanteenPanel</name>
        <message>
            <source>Subsidy by funder per day (yuan)</source>
            <translation>每日补贴（按出资方，元）</translation>
        </message>
        <message>
            <source>Meals sold per day</source>
            <translation>每日售餐份数</translation>
        </message>
        <message>
            <source>Meals sold</source>
            <translation>售餐份数</translation>
        </message>
    </context>
    <context>
        <name>CenterPage</name>
        <message>
            <source>Your service center</source>
            <translation>您的服务中心</translation>
        </message>
        <message>
            <source>These details head every receipt and printed sheet.</source>
            <translation>这些信息将印在每张回执和表格的抬头。</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>e.g. 幸福里社区党群服务中心</source>
            <translation>例如：幸福里社区党群服务中心</translation>
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
            <source>Printed on volunteer certificates, e.g. 张书记</source>
            <translation>印在志愿服务记录证明上，如：张书记</translation>
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
            <source>e.g. 0571-88886666转123、13812345678</source>
            <translation>例如 0571-88886666转123、13812345678</translation>
        </message>
        <message>
            <source>Center name *</source>
            <translation>中心名称 *</translation>
        </message>
        <message>
            <source>Person in charge (负责人)</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Receipt paper</source>
            <translation>小票纸</translation>
        </message>
    </context>
    <context>
        <name>ChildcarePanel</name>
        <message>
            <source>Childcare attendance by program</source>
            <translation>各托管班出勤</translation>
        </message>
        <message>
            <source>Child-days</source>
            <translation>出勤人次</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>儿童人数</translation>
        </message>
        <message>
            <source>Children signed in per day</source>
            <translation>每日签到人数</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Community Desk: the front desk of a community service center.</source>
            <translation>社区服务台：党群服务中心的前台系统。</translation>
        </message>
        <message>
            <source>database file or SQLAlchemy URL (default: $COMMUNITY_DESK_DB, else a file in the user data folder)</source>
            <translation>数据库文件或 SQLAlchemy 地址（默认：$COMMUNITY_DESK_DB，否则为用户数据目录中的文件）</translation>
        </message>
        <message>
            <source>interface language (default: the saved choice, else zh_CN)</source>
            <translation>界面语言（默认：上次的选择，否则为 zh_CN）</translation>
        </message>
        <message>
            <source>create the database or bring it up to date</source>
            <translation>创建数据库或升级到最新结构</translation>
        </message>
        <message>
            <source>Create the database or bring its schema up to date.</source>
            <translation>创建数据库，或将其结构升级到最新。</translation>
        </message>
        <message>
            <source>fill the database with demo data</source>
            <translation>向数据库填充演示数据</translation>
        </message>
        <message>
            <source>Fill the database with realistic demo data (deterministic for a seed).</source>
            <translation>向数据库填充逼真的演示数据（相同种子得到相同数据）。</translation>
        </message>
        <message>
            <source>number of residents (default 2000)</source>
            <translation>居民人数（默认 2000）</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>随机种子（默认 1）</translation>
        </message>
        <message>
            <source>make a consistent copy of the database</source>
            <translation>制作数据库的一致性副本</translation>
        </message>
        <message>
            <source>Copy the database safely, even while the app is open. A PostgreSQL server database is copied with pg_dump (custom format, a .dump file).</source>
            <translation>安全地复制数据库，程序运行时也可以。PostgreSQL 服务器数据库用 pg_dump 复制（自定义格式，.dump 文件）。</translation>
        </message>
        <message>
            <source>Replace the database with a backup, after checking the backup. A PostgreSQL .dump is loaded with pg_restore into an empty database only.</source>
            <translation>检查备份后用它替换数据库。PostgreSQL 的 .dump 文件用 pg_restore 恢复，且只能恢复到空数据库。</translation>
        </message>
        <message>
            <source>Import residents (with their category tags), children with the adults who may collect them, or volunteers from an .xlsx, .xls, .ods or .csv file, each row checked like the forms do. The good rows are imported; a row with errors is refused and left out (with --errors, written to a spreadsheet that says what to fix, to correct and import again). The good rows are written together: a failure part-way writes none of them. Prints what was read, imported, updated, skipped and refused (with reasons); exit status 1 when the file cannot be read.</source>
            <translation>从 .xlsx、.xls、.ods 或 .csv 文件导入居民（含人员类别）、儿童及可接送的成人、或志愿者，每一行都按录入表单的规则检查。正确的行导入；有错误的行被拒绝、不导入（加 --errors 时写入一个表格并注明需修改之处，改好后可再导入）。正确的行一起写入：中途出错则这些行都不写入。输出读取、导入、更新、跳过和拒绝（附原因）的行数；文件无法读取时退出状态为 1。</translation>
        </message>
        <message>
            <source>check that this installation works (reads the database, writes nothing)</source>
            <translation>检查本机安装是否正常（只读取数据库，不写入任何内容）</translation>
        </message>
        <message>
            <source>Check the fonts, translations and drawing, that every counter is installed, that the app's folders are writable, that the database is reachable and its schema current (read only) and that a receipt renders; exit status 0 when everything works.</source>
            <translation>检查字体、界面翻译和界面绘制，各窗口业务模块是否齐全，程序文件夹能否写入，数据库能否连上、结构是否为最新（只读），以及能否生成回执；全部正常时退出码为 0。</translation>
        </message>
        <message>
            <source>backup and restore work on a SQLite file or a PostgreSQL server database.</source>
            <translation>备份和恢复只适用于 SQLite 文件或 PostgreSQL 服务器数据库。</translation>
        </message>
        <message>
            <source>file or folder (default: the backups folder)</source>
            <translation>文件或文件夹（默认：备份文件夹）</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>用备份替换数据库</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <source>restore even when the backup's audit trail is damaged (recorded in the audit trail)</source>
            <translation>即使备份的审计记录已损坏也恢复（会记入审计记录）</translation>
        </message>
        <message>
            <source>check that the audit trail was not changed (exit status 1 if it was)</source>
            <translation>检查操作日志是否被改动（被改动时退出码为 1）</translation>
        </message>
        <message>
            <source>Recompute the audit trail's hash chain and report the first broken link; exit status 0 when intact.</source>
            <translation>重新计算操作日志的哈希链，报告第一处断链；完整时退出码为 0。</translation>
        </message>
        <message>
            <source>import residents, children or volunteers from a spreadsheet</source>
            <translation>从表格导入居民、儿童或志愿者</translation>
        </message>
        <message>
            <source>the spreadsheet</source>
            <translation>表格文件</translation>
        </message>
        <message>
            <source>the sheet to read (default: the first)</source>
            <translation>要读取的工作表（默认：第一个）</translation>
        </message>
        <message>
            <source>check every row and write nothing</source>
            <translation>只检查每一行，不写入任何数据</translation>
        </message>
        <message>
            <source>what to do with someone already registered or listed twice (default: skip)</source>
            <translation>已登记或表中重复的人如何处理（默认：跳过）</translation>
        </message>
        <message>
            <source>write the refused rows, with what to fix, to this spreadsheet</source>
            <translation>把未导入的行连同需修改之处写入此表格</translation>
        </message>
        <message>
            <source>This command needs the window part: run community-desk.</source>
            <translation>此命令需要图形界面部分：请运行 community-desk。</translation>
        </message>
        <message>
            <source>community-desk: unexpected error: {error} (details in {path})</source>
            <translation>community-desk：意外错误：{error}（详情见 {path}）</translation>
        </message>
        <message>
            <source>Database ready: {where}</source>
            <translation>数据库已就绪：{where}</translation>
        </message>
        <message>
            <source>--residents must be between 0 and 1000000.</source>
            <translation>--residents 必须在 0 到 1000000 之间。</translation>
        </message>
        <message>
            <source>Demo data written: {n} residents.</source>
            <translation>已写入演示数据：{n} 位居民。</translation>
        </message>
        <message>
            <source>Demo accounts (write these passwords down; they are not stored anywhere else):</source>
            <translation>演示账号（请记下这些密码，别处不会保存）：</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已写入：{path}</translation>
        </message>
        <message>
            <source>Restored with a damaged audit trail (--force): {problem}</source>
            <translation>已在审计记录损坏的情况下强制恢复（--force）：{problem}</translation>
        </message>
        <message>
            <source>Restored {file} ({counts}).</source>
            <translation>已恢复 {file}（{counts}）。</translation>
        </message>
        <message>
            <source>The database it replaced is kept at {path}</source>
            <translation>被替换的数据库保存在 {path}</translation>
        </message>
        <message>
            <source>Dry run of {file} (sheet {sheet}): nothing was written.</source>
            <translation>试导入 {file}（工作表 {sheet}）：未写入任何数据。</translation>
        </message>
        <message>
            <source>Imported from {file} (sheet {sheet}).</source>
            <translation>已从 {file}（工作表 {sheet}）导入。</translation>
        </message>
        <message>
            <source>Rows read: {n}</source>
            <translation>读取行数：{n}</translation>
        </message>
        <message>
            <source>Imported: {n}</source>
            <translation>导入：{n}</translation>
        </message>
        <message>
            <source>Updated: {n}</source>
            <translation>更新：{n}</translation>
        </message>
        <message>
            <source>Skipped: {n}</source>
            <translation>跳过：{n}</translation>
        </message>
        <message>
            <source>Refused: {n}</source>
            <translation>拒绝：{n}</translation>
        </message>
        <message>
            <source>Already registered, nothing changed: {n}</source>
            <translation>已登记（信息相同，未修改）：{n}</translation>
        </message>
        <message>
            <source>line {line}: skipped: {reason}</source>
            <translation>第 {line} 行：跳过：{reason}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>第 {line} 行：{reason}</translation>
        </message>
        <message>
            <source>{n} refused rows written to {path}</source>
            <translation>{n} 行未导入的数据已写入 {path}</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>……另有 {n} 行</translation>
        </message>
        <message>
            <source>make the month's district report (PDF and Excel)</source>
            <translation>生成本月街道月报（PDF 和 Excel）</translation>
        </message>
        <message>
            <source>Make the month's report for the street office as a PDF and an Excel workbook. A month issued before is printed again from the figures stored when it was first issued, identical to what was sent.</source>
            <translation>生成报送街道的月报（PDF 和 Excel 工作簿）。已出具过的月份按首次出具时保存的数据重新打印，与已报送的完全一致。</translation>
        </message>
        <message>
            <source>the monthly report pack for the street office</source>
            <translation>报送街道的月报</translation>
        </message>
        <message>
            <source>The monthly report pack for the street office (街道月报).</source>
            <translation>报送街道的月报（街道月报）。</translation>
        </message>
        <message>
            <source>the month, e.g. 2026-11</source>
            <translation>月份，如 2026-11</translation>
        </message>
        <message>
            <source>folder for the files (default: here)</source>
            <translation>保存文件的文件夹（默认：当前文件夹）</translation>
        </message>
        <message>
            <source>the staff account (user name) issuing the report; it is named on the report</source>
            <translation>报送报表的工作人员账号（用户名），报表上署其姓名</translation>
        </message>
        <message>
            <source>There is no active staff account {user}: give --as the user name of one.</source>
            <translation>没有名为 {user} 的在用工作人员账号：请在 --as 后写一个在用账号的用户名。</translation>
        </message>
        <message>
            <source>--month must be a month such as 2026-11.</source>
            <translation>--month 须为月份，如 2026-11。</translation>
        </message>
        <message>
            <source>Re-issued {month} as first issued on {at} by {who}:</source>
            <translation>已重新出具 {month} 月报，与 {at} 由 {who} 首次出具的一致：</translation>
        </message>
        <message>
            <source>The figures are those first issued; this version of the program lays the pages out differently.</source>
            <translation>数据与首次出具时一致；当前版本程序的版面与当时不同。</translation>
        </message>
        <message>
            <source>{month} is not over yet: a draft (marked on every page), not issued:</source>
            <translation>{month}尚未结束：已生成草稿（每页标注草稿），未正式报送：</translation>
        </message>
        <message>
            <source>Issued {month}:</source>
            <translation>已出具 {month} 月报：</translation>
        </message>
    </context>
    <context>
        <name>CounterFigures</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Community Desk</source>
            <translation>社区服务台</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出现问题</translation>
        </message>
        <message>
            <source>Community Desk hit an unexpected error. What you were doing may not have been saved; everything saved before is safe.

The details are in {path}.</source>
            <translation>社区服务台遇到意外错误。刚才的操作可能没有保存；之前保存的内容都是安全的。

详情见 {path}。</translation>
        </message>
    </context>
    <context>
        <name>DamagedDialog</name>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>Community Desk found damage in its database:
{path}

SQLite reports: {detail}

Working on with a damaged database can lose more data.</source>
            <translation>社区服务台发现数据库已损坏：
{path}

SQLite 报告：{detail}

继续使用已损坏的数据库可能丢失更多数据。</translation>
        </message>
        <message>
            <source>The latest good backup was made {made} and holds {counts}. Restoring it replaces the damaged database (which is kept aside for an expert); what was entered after {made} is not in it.</source>
            <translation>最近一份完好的备份制作于 {made}，包含{counts}。恢复它将替换已损坏的数据库（损坏的文件另行保留，供专业人员处理）；{made} 之后录入的内容不在其中。</translation>
        </message>
        <message>
            <source>No good backup was found in: {folders}</source>
            <translation>在以下位置没有找到完好的备份：{folders}</translation>
        </message>
        <message>
            <source>&amp;Restore the latest good backup and continue</source>
            <translation>恢复最近的完好备份并继续(&amp;R)</translation>
        </message>
        <message>
            <source>Restore the latest good backup and continue</source>
            <translation>恢复最近的完好备份并继续</translation>
        </message>
        <message>
            <source>&amp;Choose a backup file…</source>
            <translation>选择备份文件(&amp;C)…</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>The backup {file} was restored. The damaged database is kept at {aside}.</source>
            <translation>备份 {file} 已恢复。损坏的数据库保存在 {aside}。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>This file is not a database{where}.</source>
            <translation>此文件不是数据库{where}。</translation>
        </message>
        <message>
            <source>This database belongs to another program, not Community Desk{where}.</source>
            <translation>此数据库属于其他程序，不是社区服务台的{where}。</translation>
        </message>
        <message>
            <source>The database is in use by another program and stayed locked{where}. Close it and try again.</source>
            <translation>数据库正被其他程序使用并一直处于锁定状态{where}。请关闭该程序后重试。</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Community Desk{where}. Install the newer version.</source>
            <translation>此数据库由更新版本的社区服务台写入{where}。请安装新版本。</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved{where}.</source>
            <translation>磁盘已满：未保存任何内容{where}。</translation>
        </message>
        <message>
            <source>The database cannot be written to{where}.</source>
            <translation>数据库无法写入{where}。</translation>
        </message>
        <message>
            <source>The database cannot be opened{where}.</source>
            <translation>数据库无法打开{where}。</translation>
        </message>
        <message>
            <source>The database is damaged{where}.</source>
            <translation>数据库已损坏{where}。</translation>
        </message>
        <message>
            <source>The database address is not valid{where}. A server database is written like postgresql+psycopg://user:password@host:5432/database; check the address in the settings or after --db.</source>
            <translation>数据库地址无效{where}。服务器数据库的写法如 postgresql+psycopg://user:password@host:5432/database；请检查设置中或 --db 后面的地址。</translation>
        </message>
        <message>
            <source>The PostgreSQL driver (psycopg) is not installed, so the database server cannot be used{where}. Reinstall Community Desk.</source>
            <translation>未安装 PostgreSQL 驱动（psycopg），无法使用数据库服务器{where}。请重新安装社区服务台。</translation>
        </message>
        <message>
            <source>The database server cannot be reached{where}. Check that the server PC is on and PostgreSQL is running there, the network cable or Wi-Fi, and the host name and port in the settings.</source>
            <translation>连不上数据库服务器{where}。请检查：服务器电脑是否开机、PostgreSQL 是否在运行、网线或 Wi-Fi，以及设置中的主机名和端口。</translation>
        </message>
        <message>
            <source>The database server refused the user name or password{where}. Check the user and password in the settings (they are the PostgreSQL role's, not a staff sign-in).</source>
            <translation>数据库服务器拒绝了用户名或密码{where}。请检查设置中的数据库用户和密码（是 PostgreSQL 角色的，不是员工登录账号）。</translation>
        </message>
        <message>
            <source>The database server has no database of that name{where}. Check the database name in the settings, or create it on the server first.</source>
            <translation>数据库服务器上没有这个名称的数据库{where}。请检查设置中的数据库名，或先在服务器上创建它。</translation>
        </message>
        <message>
            <source>The connection to the database server was lost{where}. Nothing from this step was saved; the app reconnects by itself when the server is back. Check the network and the server PC, then try again.</source>
            <translation>与数据库服务器的连接断开了{where}。这一步没有保存任何内容；服务器恢复后程序会自动重新连接。请检查网络和服务器电脑，然后重试。</translation>
        </message>
        <message>
            <source>The connection to the database server was lost while saving{where}: it may or may not have been saved. Look it up before doing it again.</source>
            <translation>保存时与数据库服务器的连接断开了{where}：可能已保存，也可能没有。请先查一下，再决定是否重做。</translation>
        </message>
        <message>
            <source>The database cannot be used{where}.</source>
            <translation>数据库无法使用{where}。</translation>
        </message>
        <message>
            <source>The database folder cannot be used: {error}</source>
            <translation>数据库文件夹无法使用：{error}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseServer</name>
        <message>
            <source>Enter the server PC's name or IP address.</source>
            <translation>请输入服务器电脑的名称或 IP 地址。</translation>
        </message>
        <message>
            <source>The server name is at most {limit} characters, {length} now.</source>
            <translation>服务器名最多{limit}个字符，现在{length}个。</translation>
        </message>
        <message>
            <source>The server name may not contain spaces or / @ : ? #.</source>
            <translation>服务器名称不能包含空格或 / @ : ? #。</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL: 5432).</source>
            <translation>端口是 1 到 65535 之间的数字（PostgreSQL 默认 5432）。</translation>
        </message>
        <message>
            <source>Enter the database name.</source>
            <translation>请输入数据库名。</translation>
        </message>
        <message>
            <source>The database name is at most {limit} characters, {length} now.</source>
            <translation>数据库名最多{limit}个字符，现在{length}个。</translation>
        </message>
        <message>
            <source>The database name contains a control character (perhaps from a paste); type it again.</source>
            <translation>数据库名含有控制字符（可能是粘贴带入的），请重新输入。</translation>
        </message>
        <message>
            <source>The user name contains a control character (perhaps from a paste); type it again.</source>
            <translation>用户名含有控制字符（可能是粘贴带入的），请重新输入。</translation>
        </message>
        <message>
            <source>Enter the database user (the PostgreSQL role).</source>
            <translation>请输入数据库用户（PostgreSQL 角色）。</translation>
        </message>
        <message>
            <source>The user name is at most {limit} characters, {length} now.</source>
            <translation>用户名最多{limit}个字符，现在{length}个。</translation>
        </message>
        <message>
            <source>The password is at most {limit} characters, {length} now.</source>
            <translation>密码最多{limit}个字符，现在{length}个。</translation>
        </message>
        <message>
            <source>The password contains characters that cannot be used.</source>
            <translation>密码中含有不能使用的字符。</translation>
        </message>
        <message>
            <source>Connected (PostgreSQL {version}): a Community Desk database with {n} residents.</source>
            <translation>已连接（PostgreSQL {version}）：社区服务台数据库，共 {n} 位居民。</translation>
        </message>
        <message>
            <source>Connected (PostgreSQL {version}): the database is empty; Community Desk sets it up at the next start.</source>
            <translation>已连接（PostgreSQL {version}）：数据库为空，社区服务台会在下次启动时完成初始化。</translation>
        </message>
        <message>
            <source>Connected (PostgreSQL {version}), but this database holds another program's tables: choose an empty database or the center's Community Desk database.</source>
            <translation>已连接（PostgreSQL {version}），但这个数据库里有其他程序的表：请选择空数据库或中心的社区服务台数据库。</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsDialog</name>
        <message>
            <source>Demo accounts</source>
            <translation>演示账号</translation>
        </message>
        <message>
            <source>Demo accounts were created. Write these passwords down or copy them now:</source>
            <translation>已创建演示账号。请现在记下或复制这些密码：</translation>
        </message>
        <message>
            <source>Password of {user}</source>
            <translation>{user} 的密码</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the password of {user}</source>
            <translation>复制 {user} 的密码</translation>
        </message>
        <message>
            <source>Copy all</source>
            <translation>全部复制</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>已复制。</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>To try the app out, fill it with made-up residents and records.</source>
            <translation>如需试用，可填充虚构的居民和记录。</translation>
        </message>
        <message>
            <source>Load demo data (2,000 made-up residents)</source>
            <translation>载入演示数据（2000 位虚构居民）</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>载入演示数据</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Community Desk</source>
            <translation>社区服务台</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>Community Desk needs a screen, and this session has none (DISPLAY is not set).</source>
            <translation>社区服务台需要显示器，但当前会话没有图形界面（未设置 DISPLAY）。</translation>
        </message>
        <message>
            <source>Community Desk needs a screen, and no Wayland display was found.</source>
            <translation>社区服务台需要显示器，但没有找到 Wayland 图形界面。</translation>
        </message>
        <message>
            <source>Community Desk needs a screen, and the display {display} does not answer.</source>
            <translation>社区服务台需要显示器，但图形界面 {display} 没有响应。</translation>
        </message>
        <message>
            <source>Start it on the computer's own desktop, or over SSH with X forwarding (ssh -X).</source>
            <translation>请在这台电脑的桌面上启动，或通过带 X 转发的 SSH（ssh -X）启动。</translation>
        </message>
        <message>
            <source>Without a screen:</source>
            <translation>没有显示器时：</translation>
        </message>
        <message>
            <source>  with a virtual screen:    xvfb-run -a bash scripts/run-app.sh</source>
            <translation>  使用虚拟屏幕：            xvfb-run -a bash scripts/run-app.sh</translation>
        </message>
        <message>
            <source>  to check the installation: QT_QPA_PLATFORM=offscreen .venv/bin/community-desk selfcheck</source>
            <translation>  检查安装是否正常：        QT_QPA_PLATFORM=offscreen .venv/bin/community-desk selfcheck</translation>
        </message>
        <message>
            <source>  the command-line tools (demo, backup, verify-audit…) need no screen: see README.md.</source>
            <translation>  命令行工具（demo、backup、verify-audit 等）不需要显示器：见 README.md。</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source> (copy 副本)</source>
            <translation>（副本）</translation>
        </message>
        <message>
            <source>Tel: {phone}</source>
            <translation>电话：{phone}</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>第 {n} 页</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>文档预览</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Export to Excel</source>
            <translation>导出Excel</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel工作簿</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <source>search text ({n} characters)</source>
            <translation>搜索词（{n}个字）</translation>
        </message>
        <message>
            <source>Exporting to Excel…</source>
            <translation>正在导出Excel…</translation>
        </message>
        <message>
            <source>{n} rows written</source>
            <translation>已写入{n}行</translation>
        </message>
        <message>
            <source>{n} rows exported to {path}</source>
            <translation>已导出{n}行到 {path}</translation>
        </message>
        <message>
            <source>ID numbers and phones are masked: your role may not export personal data.</source>
            <translation>身份证号和电话已隐去部分数字：您的角色无权导出个人信息。</translation>
        </message>
        <message>
            <source>ID numbers are masked, as on screen: a full number is shown one resident at a time.</source>
            <translation>身份证号已隐去部分数字，与屏幕上一致：完整号码只能逐人查看。</translation>
        </message>
        <message>
            <source>Phones are masked: your role may not see full phones.</source>
            <translation>电话已隐去部分数字：您的角色无权查看完整电话号码。</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Residents</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>群众点单</translation>
        </message>
        <message>
            <source>Meal tickets</source>
            <translation>助餐小票</translation>
        </message>
        <message>
            <source>Meal bookings</source>
            <translation>订餐</translation>
        </message>
        <message>
            <source>Childcare attendance</source>
            <translation>托管签到</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>A child's contacts</source>
            <translation>儿童接送人</translation>
        </message>
        <message>
            <source>Childcare programs</source>
            <translation>托管班次</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>志愿服务时长</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>志愿者排班</translation>
        </message>
        <message>
            <source>People on a shift</source>
            <translation>班次人员</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>工作人员账号</translation>
        </message>
        <message>
            <source>Service station tally</source>
            <translation>驿站服务统计</translation>
        </message>
        <message>
            <source>Request categories</source>
            <translation>诉求类别</translation>
        </message>
        <message>
            <source>Departments and partners</source>
            <translation>部门和合作单位</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>List</source>
            <translation>清单</translation>
        </message>
        <message>
            <source>Book room catalogue</source>
            <translation>图书室书目</translation>
        </message>
        <message>
            <source>Books on a reader's card</source>
            <translation>读者证在借图书</translation>
        </message>
        <message>
            <source>Book holds</source>
            <translation>图书预约</translation>
        </message>
        <message>
            <source>Overdue books</source>
            <translation>逾期图书</translation>
        </message>
        <message>
            <source>Book room fines ledger</source>
            <translation>书房罚款台账</translation>
        </message>
        <message>
            <source>District library transactions to send</source>
            <translation>待发往区图书馆的业务</translation>
        </message>
        <message>
            <source>Courses and groups</source>
            <translation>课程与队伍</translation>
        </message>
        <message>
            <source>Class sign-ups</source>
            <translation>课程报名名单</translation>
        </message>
        <message>
            <source>Class sessions</source>
            <translation>课程上课场次</translation>
        </message>
        <message>
            <source>Class attendance</source>
            <translation>课程签到名单</translation>
        </message>
        <message>
            <source>Events and performances</source>
            <translation>演出与活动</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>People in a household</source>
            <translation>住户成员</translation>
        </message>
        <message>
            <source>A household's links</source>
            <translation>住户联系党员</translation>
        </message>
        <message>
            <source>Home visits</source>
            <translation>走访记录</translation>
        </message>
        <message>
            <source>Residents' councils</source>
            <translation>理事会</translation>
        </message>
        <message>
            <source>Council members</source>
            <translation>理事会成员</translation>
        </message>
        <message>
            <source>Council meetings</source>
            <translation>议事记录</translation>
        </message>
        <message>
            <source>Council tasks</source>
            <translation>议事后续任务</translation>
        </message>
        <message>
            <source>Building board</source>
            <translation>楼栋看板</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>今日关注</translation>
        </message>
        <message>
            <source>The workbook could not be written to {folder}: {reason}</source>
            <translation>无法将工作簿写入 {folder}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <translation>监护人姓名</translation>
        </message>
        <message>
            <source>Buyer's name</source>
            <translation>代购人姓名</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>Adult's name</source>
            <translation>接送人姓名</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>户主</translation>
        </message>
        <message>
            <source>Resident's name</source>
            <translation>居民姓名</translation>
        </message>
        <message>
            <source>Staff member's name</source>
            <translation>工作人员姓名</translation>
        </message>
        <message>
            <source>Approving staff member</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>值班人员</translation>
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
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>紧急联系电话</translation>
        </message>
        <message>
            <source>Adult's phone</source>
            <translation>接送人电话</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Last digits of the ID number</source>
            <translation>身份证后几位</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>同意人</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>医生</translation>
        </message>
        <message>
            <source>Family-doctor team</source>
            <translation>家庭医生团队</translation>
        </message>
        <message>
            <source>Teacher's name</source>
            <translation>老师姓名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>How the fee is paid</source>
            <translation>缴费方式</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Fines shown</source>
            <translation>显示的罚款</translation>
        </message>
        <message>
            <source>Limit applies to</source>
            <translation>限制范围</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>评价</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>出资方</translation>
        </message>
        <message>
            <source>Resident categories</source>
            <translation>居民类别</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>服务选项</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>授课老师</translation>
        </message>
        <message>
            <source>Glucose taken</source>
            <translation>血糖测量时间</translation>
        </message>
        <message>
            <source>Character encoding</source>
            <translation>字符编码</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>列对应</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>What the visit found</source>
            <translation>走访结果</translation>
        </message>
        <message>
            <source>Looks after</source>
            <translation>联系范围</translation>
        </message>
        <message>
            <source>Council role</source>
            <translation>理事会职务</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Serving window</source>
            <translation>供餐窗口</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>所需技能</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可服务时间</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Volunteer platform number</source>
            <translation>志愿平台编号</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Allergy note</source>
            <translation>过敏说明</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>资质</translation>
        </message>
        <message>
            <source>Category detail</source>
            <translation>类别说明</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Scanned code</source>
            <translation>扫描内容</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Item barcode</source>
            <translation>图书条码</translation>
        </message>
        <message>
            <source>Transaction number</source>
            <translation>交易号</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Institution id</source>
            <translation>机构代码</translation>
        </message>
        <message>
            <source>Sign-in user</source>
            <translation>登录用户</translation>
        </message>
        <message>
            <source>Sign-in password</source>
            <translation>登录密码</translation>
        </message>
        <message>
            <source>Location code</source>
            <translation>馆点代码</translation>
        </message>
        <message>
            <source>File or folder</source>
            <translation>文件或文件夹</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>列标题</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reason for the exception</source>
            <translation>例外原因</translation>
        </message>
        <message>
            <source>Reason for going over capacity</source>
            <translation>超员原因</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>How it was handled</source>
            <translation>办理情况</translation>
        </message>
        <message>
            <source>Medical note</source>
            <translation>医疗说明</translation>
        </message>
        <message>
            <source>Dishes</source>
            <translation>菜品</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>搜索内容</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>发现情况</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决定事项</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record kind</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Position in the list</source>
            <translation>列表位置</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>Center address</source>
            <translation>中心地址</translation>
        </message>
        <message>
            <source>Center phone</source>
            <translation>中心电话</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <source>Resident category</source>
            <translation>居民类别</translation>
        </message>
        <message>
            <source>Child's name</source>
            <translation>儿童姓名</translation>
        </message>
        <message>
            <source>Course name</source>
            <translation>课程名称</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>活动名称</translation>
        </message>
        <message>
            <source>Program name</source>
            <translation>托管项目名称</translation>
        </message>
        <message>
            <source>Subsidy rule name</source>
            <translation>补贴规则名称</translation>
        </message>
        <message>
            <source>Meal name</source>
            <translation>餐次名称</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>慢性病名称</translation>
        </message>
        <message>
            <source>Post name</source>
            <translation>岗位名称</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>服务项目名称</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>类别名称</translation>
        </message>
        <message>
            <source>Council name</source>
            <translation>理事会名称</translation>
        </message>
        <message>
            <source>Department name</source>
            <translation>部门名称</translation>
        </message>
        <message>
            <source>Department phone</source>
            <translation>部门电话</translation>
        </message>
        <message>
            <source>Holiday name</source>
            <translation>节假日名称</translation>
        </message>
        <message>
            <source>Condition code</source>
            <translation>慢性病代码</translation>
        </message>
        <message>
            <source>Meal code</source>
            <translation>餐次代码</translation>
        </message>
        <message>
            <source>Book title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Meeting subject</source>
            <translation>会议主题</translation>
        </message>
        <message>
            <source>What is needed</source>
            <translation>需求内容</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务内容</translation>
        </message>
        <message>
            <source>Course note</source>
            <translation>课程备注</translation>
        </message>
        <message>
            <source>Reading note</source>
            <translation>测量备注</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <source>Too long: at most {limit} characters ({length} given).</source>
            <translation>太长了：最多 {limit} 个字（现在 {length} 个）。</translation>
        </message>
        <message>
            <source>{field}: at most {limit} characters, {length} now.</source>
            <translation>{field}最多{limit}字，现在{length}字</translation>
        </message>
    </context>
    <context>
        <name>FigurePanel</name>
        <message>
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>The numbers behind the chart</source>
            <translation>图表对应的数据</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Community Desk</source>
            <translation>欢迎使用社区服务台</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation>正在载入演示数据…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started</source>
            <translation>使用入门</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>群众点单</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>今日关注</translation>
        </message>
        <message>
            <source>Canteen</source>
            <translation>老年食堂</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>托管服务</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Book room</source>
            <translation>城市书房</translation>
        </message>
        <message>
            <source>Classes &amp; activities</source>
            <translation>活动与课程</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健康服务</translation>
        </message>
        <message>
            <source>Buildings &amp; visits</source>
            <translation>楼栋与走访</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>作用</translation>
        </message>
        <message>
            <source>&amp;Help for this counter</source>
            <translation>本窗口帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>键盘快捷键(&amp;K)…</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>Help topics</source>
            <translation>帮助主题</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>帮助内容</translation>
        </message>
        <message>
            <source>All keyboard shortcuts…</source>
            <translation>全部键盘快捷键…</translation>
        </message>
        <message>
            <source>Help — {topic}</source>
            <translation>帮助 — {topic}</translation>
        </message>
    </context>
    <context>
        <name>IdNumbers</name>
        <message>
            <source>The ID number is empty.</source>
            <translation>身份证号为空。</translation>
        </message>
        <message>
            <source>A 15-digit ID number may contain digits only.</source>
            <translation>15 位身份证号只能包含数字。</translation>
        </message>
        <message>
            <source>An ID number has 18 characters (or 15 for an old one); this one has {n}.</source>
            <translation>身份证号应为 18 位（旧号为 15 位），此号码为 {n} 位。</translation>
        </message>
        <message>
            <source>An ID number is 17 digits followed by a digit or X.</source>
            <translation>身份证号为 17 位数字加一位数字或 X。</translation>
        </message>
        <message>
            <source>The last character of this ID number does not match the others; check for a typing mistake.</source>
            <translation>身份证号最后一位校验码不符，请检查是否输错。</translation>
        </message>
        <message>
            <source>The birth date inside this ID number is not a real date.</source>
            <translation>身份证号中的出生日期不是有效日期。</translation>
        </message>
        <message>
            <source>The birth date inside this ID number is impossible.</source>
            <translation>身份证号中的出生日期不合理。</translation>
        </message>
        <message>
            <source>The region code at the start of this ID number does not exist.</source>
            <translation>身份证号开头的地区码不存在。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Import from a spreadsheet…</source>
            <translation>从表格导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet to import</source>
            <translation>选择要导入的表格</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>表格文件</translation>
        </message>
        <message>
            <source>Save the rows to fix</source>
            <translation>保存待修改的行</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>从表格导入</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>导入内容</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>表格文件</translation>
        </message>
        <message>
            <source>.xlsx, .xls, .ods or .csv</source>
            <translation>.xlsx、.xls、.ods 或 .csv</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Someone already registered</source>
            <translation>已登记的人</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Update their record</source>
            <translation>更新其档案</translation>
        </message>
        <message>
            <source>Keep both (never for the same ID number)</source>
            <translation>两条都保留（身份证号相同时除外）</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Someone already registered or listed twice:</source>
            <translation>已登记或表中重复的人：</translation>
        </message>
        <message>
            <source>Columns and what they are imported as</source>
            <translation>各列及其导入为</translation>
        </message>
        <message>
            <source>Rows checked</source>
            <translation>已检查的行</translation>
        </message>
        <message>
            <source>Columns (double-click to change)</source>
            <translation>列对应（双击修改）</translation>
        </message>
        <message>
            <source>Choose a file: its rows are checked before anything is imported.</source>
            <translation>请选择文件：导入前会先逐行检查。</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the check or the import</source>
            <translation>取消检查或导入</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>Check the rows again</source>
            <translation>重新检查各行</translation>
        </message>
        <message>
            <source>Import the good rows</source>
            <translation>导入正确的行</translation>
        </message>
        <message>
            <source>Save rows with errors…</source>
            <translation>保存有错误的行…</translation>
        </message>
        <message>
            <source>Save rows with errors</source>
            <translation>保存有错误的行</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The columns changed: check the rows again before importing.</source>
            <translation>列对应已修改：请先重新检查再导入。</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <source>The {n} refused rows can be saved to fix and import again.</source>
            <translation>未导入的 {n} 行可以保存下来，修改后重新导入。</translation>
        </message>
        <message>
            <source>{read} rows read from {file} (sheet {sheet}, header on line {line}): {new} new, {updated} to update, {skipped} to skip, {already} already registered (nothing to change), {refused} with errors (shown in red: point at a cell to see why).</source>
            <translation>从 {file}（工作表 {sheet}，表头在第 {line} 行）读取 {read} 行：新增 {new}，更新 {updated}，跳过 {skipped}，已登记 {already}（信息相同，无需修改），有错误 {refused}（红色显示，鼠标指向单元格可看原因）。</translation>
        </message>
        <message>
            <source>Done: {read} rows read from {file} (sheet {sheet}): {new} imported, {updated} updated, {skipped} skipped, {already} already registered (nothing changed), {refused} refused.</source>
            <translation>完成：从 {file}（工作表 {sheet}）读取 {read} 行：导入 {new}，更新 {updated}，跳过 {skipped}，已登记 {already}（信息相同，未修改），未导入 {refused}。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Import {new} new and update {updated} records from {file}? {refused} rows with errors, {skipped} skipped rows and {already} rows already registered are left out. The good rows are written together: if the import is cancelled or fails part-way, none of them is written.</source>
            <translation>从 {file} 新增 {new} 条、更新 {updated} 条档案？有错误的 {refused} 行、跳过的 {skipped} 行和已登记的 {already} 行不导入。正确的行一起写入：导入中途取消或出错时，这些行都不会写入。</translation>
        </message>
        <message>
            <source>The first {n} rows are shown.</source>
            <translation>仅显示前 {n} 行。</translation>
        </message>
        <message>
            <source>The file could not be saved: {error}</source>
            <translation>文件未能保存：{error}</translation>
        </message>
        <message>
            <source>{n} rows to fix were saved to {path}.</source>
            <translation>{n} 行待修改的数据已保存到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <source>Address (one column)</source>
            <translation>住址（一列）</translation>
        </message>
        <message>
            <source>Category tags</source>
            <translation>人员类别</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>Disability grade</source>
            <translation>残疾等级</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>紧急联系电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>过敏史</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>监护人关系</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>监护人电话</translation>
        </message>
        <message>
            <source>Guardian's ID number</source>
            <translation>监护人身份证号</translation>
        </message>
        <message>
            <source>Pick-up adult 1</source>
            <translation>接送人1</translation>
        </message>
        <message>
            <source>Pick-up adult 1: relation</source>
            <translation>接送人1关系</translation>
        </message>
        <message>
            <source>Pick-up adult 1: phone</source>
            <translation>接送人1电话</translation>
        </message>
        <message>
            <source>Pick-up adult 2</source>
            <translation>接送人2</translation>
        </message>
        <message>
            <source>Pick-up adult 2: relation</source>
            <translation>接送人2关系</translation>
        </message>
        <message>
            <source>Pick-up adult 2: phone</source>
            <translation>接送人2电话</translation>
        </message>
        <message>
            <source>Type of volunteer</source>
            <translation>志愿者类型</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>特长</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>服务时间</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>志愿者编号</translation>
        </message>
        <message>
            <source>Guardian's consent date</source>
            <translation>监护人同意日期</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>Children and their pick-up adults</source>
            <translation>儿童及接送人</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingModel</name>
        <message>
            <source>Column in the sheet</source>
            <translation>表格中的列</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>首行内容</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>有错误</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>Cell {cell} holds a formula whose result is an error ({error}): correct it, or type the value.</source>
            <translation>单元格 {cell} 是公式，计算结果是错误（{error}）：请改正公式，或直接填写内容。</translation>
        </message>
        <message>
            <source>Cell {cell} holds a formula whose result is not saved in the file: open the file in Excel or WPS, save it and import it again, or type the value.</source>
            <translation>单元格 {cell} 是公式，文件里没有保存它的计算结果：请用 Excel 或 WPS 打开文件、保存后重新导入，或直接填写内容。</translation>
        </message>
        <message>
            <source>The ID number was saved as a number, so the spreadsheet kept only its first 15 digits and the last ones are lost. Type the number from the ID card again, in a text cell.</source>
            <translation>身份证号被存成了数字，表格只保留了前 15 位，后几位已经丢失。请对照身份证重新输入，并把单元格设为文本格式。</translation>
        </message>
        <message>
            <source>This is not an ID number.</source>
            <translation>这不是身份证号。</translation>
        </message>
        <message>
            <source>Not a date: {text}. Write it as 1949-12-31, 1949.12.31 or 1949年12月31日.</source>
            <translation>不是日期：{text}。请写成 1949-12-31、1949.12.31 或 1949年12月31日。</translation>
        </message>
        <message>
            <source>The date {text} has no day: write the full birth date.</source>
            <translation>日期 {text} 缺少日：请填写完整的出生日期。</translation>
        </message>
        <message>
            <source>Write the gender as 男 or 女 (not {text}).</source>
            <translation>性别请填“男”或“女”（不是“{text}”）。</translation>
        </message>
        <message>
            <source>The address {text} cannot be split into building, unit and room: write it as 3栋2单元301室 or use three columns.</source>
            <translation>住址“{text}”无法拆分为楼栋、单元和室：请写成“3栋2单元301室”，或分成三列。</translation>
        </message>
        <message>
            <source>Write the type as 大学生, 党员 or 居民 (not {text}).</source>
            <translation>类型请填“大学生”“党员”或“居民”（不是“{text}”）。</translation>
        </message>
        <message>
            <source>To fix</source>
            <translation>待修改</translation>
        </message>
        <message>
            <source>What to fix</source>
            <translation>错误原因</translation>
        </message>
        <message>
            <source>{name} is empty: it has no rows to import.</source>
            <translation>{name} 是空的：没有可导入的行。</translation>
        </message>
        <message>
            <source>No header row was found in {name}: the table needs a row of column names with at least 姓名 and one more (性别, 身份证号, 出生日期, 联系电话 …).</source>
            <translation>在 {name} 中找不到表头行：表格需要一行列名，至少包括“姓名”和另一列（性别、身份证号、出生日期、联系电话……）。</translation>
        </message>
        <message>
            <source>Already registered: {name} (record {id}).</source>
            <translation>已登记：{name}（档案 {id}）。</translation>
        </message>
        <message>
            <source>Already registered with these details: {name} (record {id}). Nothing changed.</source>
            <translation>已登记，信息相同：{name}（档案 {id}），未做任何修改。</translation>
        </message>
        <message>
            <source>The same person as line {line} of this sheet.</source>
            <translation>与本表第 {line} 行是同一人。</translation>
        </message>
        <message>
            <source>Names differ: this ID number is registered to {registered} (record {id}), this row says {name}. Check the ID number and the name.</source>
            <translation>姓名不一致：此身份证号已登记在{registered}（档案 {id}）名下，本行填写的是{name}。请核对身份证号和姓名。</translation>
        </message>
        <message>
            <source>Names differ: this ID number is on line {line} under another name, this row says {name}.</source>
            <translation>姓名不一致：此身份证号在第 {line} 行对应另一个姓名，本行填写的是{name}。</translation>
        </message>
        <message>
            <source>This ID number is already registered to {name}: one person, one record.</source>
            <translation>此身份证号已登记为 {name}：一人一档。</translation>
        </message>
        <message>
            <source>This ID number is on line {line} too.</source>
            <translation>第 {line} 行也是这个身份证号。</translation>
        </message>
        <message>
            <source>{name} is archived: restore the record before updating it.</source>
            <translation>{name} 的档案已归档：请先恢复档案再更新。</translation>
        </message>
        <message>
            <source>This ID number belongs to another registered resident.</source>
            <translation>此身份证号属于另一位已登记的居民。</translation>
        </message>
        <message>
            <source>This person is on line {line} too: one person is one volunteer.</source>
            <translation>第 {line} 行也是此人：一人只能登记一个志愿者。</translation>
        </message>
        <message>
            <source>Already a volunteer: one person is one volunteer.</source>
            <translation>已是志愿者：一人只能登记一个志愿者。</translation>
        </message>
        <message>
            <source>Choose the column that holds the name.</source>
            <translation>请指定姓名所在的列。</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was written.</source>
            <translation>导入已取消：未写入任何数据。</translation>
        </message>
        <message>
            <source>{name} has a header but no rows under it.</source>
            <translation>{name} 只有表头，下面没有数据行。</translation>
        </message>
        <message>
            <source>{name} is not a spreadsheet that can be read (.xlsx, .xls, .ods or .csv).</source>
            <translation>{name} 不是可以读取的表格文件（.xlsx、.xls、.ods 或 .csv）。</translation>
        </message>
        <message>
            <source>{name} is protected by a password. Open it, remove the password, save it and try again.</source>
            <translation>{name} 设有密码保护。请打开它、取消密码并保存后再试。</translation>
        </message>
        <message>
            <source>{name} has no sheet named {sheet}; its sheets: {sheets}.</source>
            <translation>{name} 中没有名为 {sheet} 的工作表；现有工作表：{sheets}。</translation>
        </message>
        <message>
            <source>The file {name} was not found.</source>
            <translation>找不到文件 {name}。</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Visit request for the linked party member</source>
            <translation>转为走访请求（派给挂钩党员）</translation>
        </message>
        <message>
            <source>Dismiss the selected alert</source>
            <translation>忽略选中的提醒</translation>
        </message>
        <message>
            <source>Open the resident's profile</source>
            <translation>打开居民档案</translation>
        </message>
        <message>
            <source>Work today's alerts out again</source>
            <translation>重新计算今日关注</translation>
        </message>
        <message>
            <source>New request: find the resident</source>
            <translation>新受理：查找居民</translation>
        </message>
        <message>
            <source>Dispatch the selected request</source>
            <translation>派单（选中的诉求）</translation>
        </message>
        <message>
            <source>Choose the department to dispatch to</source>
            <translation>选择派往的部门</translation>
        </message>
        <message>
            <source>The department accepts (签收)</source>
            <translation>部门签收</translation>
        </message>
        <message>
            <source>Find the party member who claims it</source>
            <translation>查找领单党员</translation>
        </message>
        <message>
            <source>Party member claims the request</source>
            <translation>党员领单</translation>
        </message>
        <message>
            <source>Start handling the request</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>Resolve the selected request</source>
            <translation>办结（选中的诉求）</translation>
        </message>
        <message>
            <source>Record the follow-up call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>Find or scan a child</source>
            <translation>查找或扫码找儿童</translation>
        </message>
        <message>
            <source>Sign the child in</source>
            <translation>儿童签到</translation>
        </message>
        <message>
            <source>Sign the child out</source>
            <translation>儿童签退</translation>
        </message>
        <message>
            <source>Find a volunteer for the shift</source>
            <translation>为班次查找志愿者</translation>
        </message>
        <message>
            <source>Check the volunteer in</source>
            <translation>志愿者签到</translation>
        </message>
        <message>
            <source>Check the volunteer out</source>
            <translation>志愿者签退</translation>
        </message>
        <message>
            <source>Approve the selected hours</source>
            <translation>审核通过选中的时长</translation>
        </message>
        <message>
            <source>Reader: scan the card or find the resident</source>
            <translation>读者：扫读者证或查找居民</translation>
        </message>
        <message>
            <source>Lend: scan a book</source>
            <translation>借书：扫图书条码</translation>
        </message>
        <message>
            <source>Return: scan any book</source>
            <translation>还书：扫任意一本书</translation>
        </message>
        <message>
            <source>Renew the chosen loan</source>
            <translation>续借选中的图书</translation>
        </message>
        <message>
            <source>Place a hold for this reader</source>
            <translation>为当前读者预约图书</translation>
        </message>
        <message>
            <source>Find the resident to sign up</source>
            <translation>查找要报名的居民</translation>
        </message>
        <message>
            <source>Sign the resident up</source>
            <translation>为居民报名</translation>
        </message>
        <message>
            <source>Mark present: a name or a scanned sheet code</source>
            <translation>签到：输入姓名或扫签到表二维码</translation>
        </message>
        <message>
            <source>Save the tick list</source>
            <translation>保存签到名单</translation>
        </message>
        <message>
            <source>Find a resident's health record</source>
            <translation>查找居民健康档案</translation>
        </message>
        <message>
            <source>Save the readings</source>
            <translation>保存测量结果</translation>
        </message>
        <message>
            <source>Record a follow-up under the selected plan</source>
            <translation>登记所选计划的随访</translation>
        </message>
        <message>
            <source>The due and overdue list</source>
            <translation>到期与逾期清单</translation>
        </message>
        <message>
            <source>Find a household by its address (6-2-301)</source>
            <translation>按门牌查找住户（6-2-301）</translation>
        </message>
        <message>
            <source>Record a visit to the household</source>
            <translation>记录这户的走访</translation>
        </message>
        <message>
            <source>Link a party member (三带一联)</source>
            <translation>联系党员（三带一联）</translation>
        </message>
        <message>
            <source>Mark the chosen follow-up task done</source>
            <translation>标记所选后续任务完成</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>所有窗口</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Community Desk — {center}</source>
            <translation>社区服务台 — {center}</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>服务窗口</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>群众点单</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>今日关注</translation>
        </message>
        <message>
            <source>Canteen</source>
            <translation>老年食堂</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>托管服务</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Book room</source>
            <translation>城市书房</translation>
        </message>
        <message>
            <source>Classes &amp; activities</source>
            <translation>活动与课程</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健康服务</translation>
        </message>
        <message>
            <source>Buildings &amp; visits</source>
            <translation>楼栋与走访</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Find resident</source>
            <translation>查找居民(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Light theme</source>
            <translation>浅色主题</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>深色主题</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>管理(&amp;A)</translation>
        </message>
        <message>
            <source>Staff &amp;accounts…</source>
            <translation>工作人员账号(&amp;A)…</translation>
        </message>
        <message>
            <source>Audit &amp;trail…</source>
            <translation>审计日志(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Data and backups…</source>
            <translation>数据与备份(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Community Desk</source>
            <translation>关于社区服务台(&amp;A)</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁屏</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>当前用户：{name}</translation>
        </message>
        <message>
            <source>The screen lock cancelled a box that was waiting for an answer: nothing was done; do it again.</source>
            <translation>锁屏时有一个等待回答的对话框被取消了：该操作没有执行，请重新操作。</translation>
        </message>
        <message>
            <source>The language changes fully when Community Desk starts again.</source>
            <translation>重新启动社区服务台后，语言将完全切换。</translation>
        </message>
        <message>
            <source>Backups from the app work on the embedded database only.</source>
            <translation>程序内备份仅适用于内置数据库。</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已写入：{path}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Community Desk {version}
The front desk of a community service center.</source>
            <translation>社区服务台 {version}
党群服务中心的前台系统。</translation>
        </message>
    </context>
    <context>
        <name>MonthPicker</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>{year}-{month:02d}</source>
            <translation>{year}年{month:02d}月</translation>
        </message>
    </context>
    <context>
        <name>NumberEdit</name>
        <message>
            <source>{label}: give a number from {low} to {high} (at most {places} decimals); “{text}” was typed.</source>
            <translation>{label}：请填 {low} 到 {high} 之间的数（最多 {places} 位小数）；现在填的是“{text}”。</translation>
        </message>
        <message>
            <source>{label}: give a whole number from {low} to {high}; “{text}” was typed.</source>
            <translation>{label}：请填 {low} 到 {high} 之间的整数；现在填的是“{text}”。</translation>
        </message>
    </context>
    <context>
        <name>Phones</name>
        <message>
            <source>The phone number is empty.</source>
            <translation>电话号码为空。</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>这不是电话号码。</translation>
        </message>
        <message>
            <source>This phone number is not valid: check the number of digits.</source>
            <translation>电话号码无效：请检查位数。</translation>
        </message>
        <message>
            <source>“{part}” is not a phone number. Write a mobile (13812345678) or a landline with its area code (0571-88886666), an extension as 转123, and separate several numbers with 、</source>
            <translation>“{part}”不是电话号码。请填写手机号（13812345678）或带区号的座机（0571-88886666），分机写作“转123”，多个号码用“、”隔开</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>{title}: coming soon</source>
            <translation>{title}：即将推出</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>district-report-{month}-DRAFT</source>
            <translation>街道月报-{month}-草稿</translation>
        </message>
        <message>
            <source>district-report-{month}</source>
            <translation>街道月报-{month}</translation>
        </message>
        <message>
            <source>Choose a month that has begun.</source>
            <translation>请选择已经开始的月份。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>No subsidy</source>
            <translation>无补贴</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>排班服务</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>手工登记</translation>
        </message>
        <message>
            <source>Request claims</source>
            <translation>诉求领单</translation>
        </message>
        <message>
            <source>Classes taught</source>
            <translation>授课</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>诉求数</translation>
        </message>
        <message>
            <source>Responded in time</source>
            <translation>按时响应</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理数</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>回访接通</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>Response rate</source>
            <translation>响应率</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>办结率</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>按类别统计诉求</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Requests by channel</source>
            <translation>按渠道统计诉求</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>The three rates, month by month</source>
            <translation>三率逐月对比</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Meals sold</source>
            <translation>售餐份数</translation>
        </message>
        <message>
            <source>Subsidised meals</source>
            <translation>补贴人次</translation>
        </message>
        <message>
            <source>Sales (yuan)</source>
            <translation>餐费（元）</translation>
        </message>
        <message>
            <source>Subsidy (yuan)</source>
            <translation>补贴合计（元）</translation>
        </message>
        <message>
            <source>Self-paid (yuan)</source>
            <translation>自付（元）</translation>
        </message>
        <message>
            <source>Meals and subsidy by tier</source>
            <translation>按档次助餐与补贴</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>档次</translation>
        </message>
        <message>
            <source>Meals and subsidy by day</source>
            <translation>按日助餐与补贴</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Childcare attendance by program</source>
            <translation>各托管班出勤</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>托管班</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>学位</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>开班天数</translation>
        </message>
        <message>
            <source>Child-days</source>
            <translation>出勤人次</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>儿童人数</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>日均</translation>
        </message>
        <message>
            <source>Absences</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <source>Volunteer hours by kind</source>
            <translation>按类别统计志愿服务时长</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者人数</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>已审核时长（小时）</translation>
        </message>
        <message>
            <source>Pending hours</source>
            <translation>待审核时长（小时）</translation>
        </message>
        <message>
            <source>Requests taken in</source>
            <translation>受理诉求</translation>
        </message>
        <message>
            <source>Childcare child-days</source>
            <translation>托管出勤人次</translation>
        </message>
        <message>
            <source>Children in care</source>
            <translation>托管儿童人数</translation>
        </message>
        <message>
            <source>Approved volunteer hours</source>
            <translation>志愿服务时长（已审核）</translation>
        </message>
        <message>
            <source>Volunteers who served</source>
            <translation>参与服务的志愿者</translation>
        </message>
        <message>
            <source>Monthly report to the street office, {year}-{month:02d}</source>
            <translation>{year}年{month:02d}月 街道月报</translation>
        </message>
        <message>
            <source>DRAFT: figures as of {at}, the month is not over; not issued ({who}).</source>
            <translation>草稿：数据截至{at}，本月尚未结束，未正式报送（{who}）。</translation>
        </message>
        <message>
            <source>Figures as of {at}; issued by {who}.</source>
            <translation>数据截至 {at}；出具人：{who}。</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Subsidy by funder per day (yuan)</source>
            <translation>每日补贴（按出资方，元）</translation>
        </message>
        <message>
            <source>Meals sold per day</source>
            <translation>每日售餐份数</translation>
        </message>
        <message>
            <source>Approved volunteer hours by kind</source>
            <translation>各类志愿者服务时长（已审核，小时）</translation>
        </message>
        <message>
            <source>The month in figures</source>
            <translation>本月概况</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>1. Residents' requests</source>
            <translation>一、群众诉求</translation>
        </message>
        <message>
            <source>2. Elderly canteen</source>
            <translation>二、老年助餐</translation>
        </message>
        <message>
            <source>3. Childcare</source>
            <translation>三、托管服务</translation>
        </message>
        <message>
            <source>4. Volunteer service</source>
            <translation>四、志愿服务</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}：{value}</translation>
        </message>
        <message>
            <source>Prepared by: ____________    Person in charge: ____________    (Seal of the center)</source>
            <translation>填报人：____________    负责人：____________    （中心盖章）</translation>
        </message>
        <message>
            <source>{title} — page {n}</source>
            <translation>{title} — 第 {n} 页</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Residents' requests</source>
            <translation>群众诉求</translation>
        </message>
        <message>
            <source>Elderly canteen</source>
            <translation>老年助餐</translation>
        </message>
        <message>
            <source>Childcare service</source>
            <translation>托管服务</translation>
        </message>
        <message>
            <source>Volunteer service</source>
            <translation>志愿服务</translation>
        </message>
    </context>
    <context>
        <name>RequestsPanel</name>
        <message>
            <source>Requests by channel</source>
            <translation>按渠道统计诉求</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>按类别统计诉求</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>诉求数</translation>
        </message>
        <message>
            <source>The three rates, month by month</source>
            <translation>三率逐月对比</translation>
        </message>
        <message>
            <source>Response rate</source>
            <translation>响应率</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>办结率</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Each row counts the requests received in its month (cancelled ones left out) as they stand today, their follow-up calls whenever made: answered ones rated, the others not reached.</source>
            <translation>每行统计当月受理的诉求（撤销的不计），以今天的状态为准，回访不论何时进行都计入该月：接通的计入评价，其余计为未联系上。</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <source>Edit resident</source>
            <translation>编辑居民</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>新增居民</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>18 digits, or 15 for an old card</source>
            <translation>18 位，旧证为 15 位</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>mobile or landline</source>
            <translation>手机或座机</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Registered local resident</source>
            <translation>本地户籍/常住居民</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>紧急联系电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Reveal the full ID number</source>
            <translation>显示完整身份证号</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>人员类别</translation>
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
            <source>{masked} (type a new number to replace it)</source>
            <translation>{masked}（输入新号码可替换）</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 1950-03-21.</source>
            <translation>日期格式为 年-月-日，例如 1950-03-21。</translation>
        </message>
        <message>
            <source>Correct what is marked in red first.</source>
            <translation>请先改正标红的内容。</translation>
        </message>
        <message>
            <source>Save anyway as a different person?</source>
            <translation>仍要作为另一个人保存吗？</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <source>Name, pinyin, phone or last digits of the ID</source>
            <translation>姓名、拼音、电话或身份证后几位</translation>
        </message>
        <message>
            <source>Matching residents</source>
            <translation>匹配的居民</translation>
        </message>
        <message>
            <source>Chosen: {who}</source>
            <translation>已选：{who}</translation>
        </message>
        <message>
            <source>Nobody chosen yet.</source>
            <translation>尚未选择。</translation>
        </message>
    </context>
    <context>
        <name>ResidentProfile</name>
        <message>
            <source>Resident profile</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>Find a resident by name, pinyin initials, phone or ID digits, or scan an ID card.</source>
            <translation>按姓名、拼音首字母、电话或身份证号数字查找居民，或刷身份证。</translation>
        </message>
        <message>
            <source>Archived: {reason}</source>
            <translation>已归档：{reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} 岁</translation>
        </message>
        <message>
            <source>Gender / age</source>
            <translation>性别 / 年龄</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Reveal the full ID number</source>
            <translation>显示完整身份证号</translation>
        </message>
        <message>
            <source>Shows the full number once; this is recorded in the audit trail.</source>
            <translation>显示一次完整号码；此操作会记入审计日志。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>本地居民</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>人员类别</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Edit resident</source>
            <translation>编辑居民</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>归档…</translation>
        </message>
        <message>
            <source>Archive resident</source>
            <translation>归档居民</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restore resident</source>
            <translation>恢复居民</translation>
        </message>
        <message>
            <source>Why is this record archived (moved away, deceased, duplicate…)?</source>
            <translation>归档原因（迁出、去世、重复登记…）？</translation>
        </message>
    </context>
    <context>
        <name>Residents</name>
        <message>
            <source>Bldg {b}</source>
            <translation>{b}栋</translation>
        </message>
        <message>
            <source>Unit {u}</source>
            <translation>{u}单元</translation>
        </message>
        <message>
            <source>Room {r}</source>
            <translation>{r}室</translation>
        </message>
        <message>
            <source>Enter the resident's name.</source>
            <translation>请输入居民姓名。</translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>姓名中含有控制字符。</translation>
        </message>
        <message>
            <source>Choose male or female.</source>
            <translation>请选择男或女。</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future or before 1880.</source>
            <translation>出生日期不能晚于今天或早于 1880 年。</translation>
        </message>
        <message>
            <source>The birth date does not match the ID number ({d}).</source>
            <translation>出生日期与身份证号不符（{d}）。</translation>
        </message>
        <message>
            <source>The gender does not match the ID number.</source>
            <translation>性别与身份证号不符。</translation>
        </message>
        <message>
            <source>Contains control characters.</source>
            <translation>含有控制字符。</translation>
        </message>
        <message>
            <source>Unknown category tag: {t}</source>
            <translation>未知的人员类别：{t}</translation>
        </message>
        <message>
            <source>A tag's detail is limited to 100 characters.</source>
            <translation>类别说明最多 100 个字。</translation>
        </message>
        <message>
            <source>This ID number is already registered to {name}.</source>
            <translation>此身份证号已登记在 {name} 名下。</translation>
        </message>
        <message>
            <source>That record is archived: restore it instead of adding a new one.</source>
            <translation>该档案已归档：请恢复它，而不是新增。</translation>
        </message>
        <message>
            <source>{name}, born {d}, is already registered. Is this the same person?</source>
            <translation>{name}（出生于 {d}）已登记。是同一个人吗？</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>该居民已不存在。</translation>
        </message>
        <message>
            <source>This resident is archived: restore the record before changing it.</source>
            <translation>该居民已归档：请先恢复档案再修改。</translation>
        </message>
        <message>
            <source>Say why the record is archived.</source>
            <translation>请说明归档原因。</translation>
        </message>
        <message>
            <source>This resident is already archived.</source>
            <translation>该居民已归档。</translation>
        </message>
    </context>
    <context>
        <name>ResidentsModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Find resident</source>
            <translation>查找居民</translation>
        </message>
        <message>
            <source>Name, pinyin initials (zsq), phone, or ID digits; scan an ID card</source>
            <translation>姓名、拼音首字母（如 zsq）、电话或身份证号；可刷身份证</translation>
        </message>
        <message>
            <source>Include archived</source>
            <translation>包括已归档</translation>
        </message>
        <message>
            <source>Include archived residents</source>
            <translation>包括已归档的居民</translation>
        </message>
        <message>
            <source>New resident…</source>
            <translation>新增居民…</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>新增居民</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>More than {n} matches: type more to narrow it down.</source>
            <translation>超过 {n} 条结果：请继续输入以缩小范围。</translation>
        </message>
        <message>
            <source>{n} matches</source>
            <translation>{n} 条结果</translation>
        </message>
        <message>
            <source>{n} residents</source>
            <translation>共 {n} 位居民</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Nothing found for “{query}”.</source>
            <translation>没有找到“{query}”。</translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <source>database migrations not installed: {error}</source>
            <translation>数据库升级脚本缺失：{error}</translation>
        </message>
        <message>
            <source>database {where}: not created yet (the first start creates it)</source>
            <translation>数据库 {where}：尚未创建（首次启动时自动创建）</translation>
        </message>
        <message>
            <source>database: {problem}</source>
            <translation>数据库：{problem}</translation>
        </message>
        <message>
            <source>database {where}: reachable, schema current</source>
            <translation>数据库 {where}：连接正常，结构为最新</translation>
        </message>
        <message>
            <source>database {where}: reachable, empty (the first start sets it up)</source>
            <translation>数据库 {where}：连接正常，尚无数据（首次启动时自动建立）</translation>
        </message>
        <message>
            <source>database {where}: reachable, older schema (upgraded at the next start)</source>
            <translation>数据库 {where}：连接正常，结构较旧（下次启动时自动升级）</translation>
        </message>
        <message>
            <source>folders not writable: {folders}</source>
            <translation>以下文件夹无法写入：{folders}</translation>
        </message>
        <message>
            <source>folders writable: {folders}</source>
            <translation>文件夹可写入：{folders}</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>自检</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>receipt PDF ({n} bytes)</source>
            <translation>回执 PDF（{n} 字节）</translation>
        </message>
        <message>
            <source>receipt PDF not drawn: {error}</source>
            <translation>回执 PDF 未能生成：{error}</translation>
        </message>
        <message>
            <source>shipped Chinese fonts loaded ({families})</source>
            <translation>已加载内置中文字体（{families}）</translation>
        </message>
        <message>
            <source>translations loaded ({sample})</source>
            <translation>已加载界面翻译（{sample}）</translation>
        </message>
        <message>
            <source>window drawn (Qt platform {name})</source>
            <translation>界面绘制正常（Qt 平台 {name}）</translation>
        </message>
        <message>
            <source>missing: {names}</source>
            <translation>缺少模块：{names}</translation>
        </message>
        <message>
            <source>tabs: {names}</source>
            <translation>标签页：{names}</translation>
        </message>
        <message>
            <source>self-check passed</source>
            <translation>自检通过</translation>
        </message>
        <message>
            <source>self-check failed</source>
            <translation>自检未通过</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Expected text.</source>
            <translation>这里应填文字。</translation>
        </message>
        <message>
            <source>A value is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <source>Contains control characters; type it again.</source>
            <translation>含有控制字符，请重新输入。</translation>
        </message>
        <message>
            <source>Receipt paper is 58 mm or 80 mm wide.</source>
            <translation>小票纸宽度为 58 毫米或 80 毫米。</translation>
        </message>
        <message>
            <source>Not a known time zone (for example Asia/Shanghai).</source>
            <translation>不是有效的时区（例如 Asia/Shanghai）。</translation>
        </message>
        <message>
            <source>Expected yes or no.</source>
            <translation>这里应选“是”或“否”。</translation>
        </message>
        <message>
            <source>Expected a table of column names and fields.</source>
            <translation>应为列名与字段的对应表。</translation>
        </message>
        <message>
            <source>The center's name is required.</source>
            <translation>请填写中心名称。</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>闲置锁屏时间为 1 到 240 分钟。</translation>
        </message>
        <message>
            <source>Keep 1 to 365 backups (a whole number).</source>
            <translation>保留 1 到 365 份备份（整数）。</translation>
        </message>
        <message>
            <source>Either refuse or sell at full price.</source>
            <translation>只能选择拒绝或按原价出售。</translation>
        </message>
        <message>
            <source>The attendance needed for a certificate is 0 to 100 per cent.</source>
            <translation>结业所需出勤率为0到100之间的整数（百分比）。</translation>
        </message>
        <message>
            <source>Expected a table of values.</source>
            <translation>这里应是一组设置值。</translation>
        </message>
        <message>
            <source>Not a setting's name: {key}</source>
            <translation>不是有效的设置项：{key}</translation>
        </message>
        <message>
            <source>Unknown setting: {key}</source>
            <translation>未知的设置项：{key}</translation>
        </message>
        <message>
            <source>Community Service Center</source>
            <translation>社区党群服务中心</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Keys of a counter work while that counter is on screen; F1 shows its help.</source>
            <translation>各窗口的按键在该窗口显示时有效；按 F1 查看该窗口的帮助。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsModel</name>
        <message>
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>作用</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>适用窗口</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>District report (PDF and Excel)…</source>
            <translation>街道月报（PDF 和 Excel）…</translation>
        </message>
        <message>
            <source>Make the district monthly report</source>
            <translation>生成街道月报</translation>
        </message>
        <message>
            <source>The month's report for the street office. A month already sent is printed again exactly as it was first issued.</source>
            <translation>报送街道的月报。已报送过的月份按首次出具时的内容原样重新打印。</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>各柜台</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Canteen</source>
            <translation>助餐</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>托管</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Saved: {files}</source>
            <translation>已保存：{files}</translation>
        </message>
        <message>
            <source>{month} is not over yet: this is a draft, marked 草稿 on every page, and nothing was issued. Make the report for the street office once the month has ended.
{files}</source>
            <translation>{month}尚未结束：这是草稿，每页都标有“草稿”，未正式报送。请在本月结束后再生成报街道的月报。
{files}</translation>
        </message>
        <message>
            <source>{month} was issued on {at} by {who}. It is printed again from the figures sent then; this version of the program lays the pages out differently.
{files}</source>
            <translation>{month} 月报已于 {at} 由 {who} 出具，现按当时报送的数据重新打印；当前版本程序的版面与当时不同。
{files}</translation>
        </message>
        <message>
            <source>{month} was issued on {at} by {who}: it is printed again exactly as it was sent.
{files}</source>
            <translation>{month} 月报已于 {at} 由 {who} 出具，现按报送时的内容原样重新打印。
{files}</translation>
        </message>
        <message>
            <source>District monthly report</source>
            <translation>街道月报</translation>
        </message>
        <message>
            <source>Preparing the district report…</source>
            <translation>正在生成街道月报…</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Subsistence allowance</source>
            <translation>低保</translation>
        </message>
        <message>
            <source>Extreme poverty</source>
            <translation>特困</translation>
        </message>
        <message>
            <source>Near subsistence</source>
            <translation>低保边缘</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>残疾</translation>
        </message>
        <message>
            <source>Living alone</source>
            <translation>独居</translation>
        </message>
        <message>
            <source>Empty nest</source>
            <translation>空巢</translation>
        </message>
        <message>
            <source>Veteran</source>
            <translation>退役军人</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>New employment group</source>
            <translation>新就业群体</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>Rider / courier / driver</source>
            <translation>骑手 / 快递员 / 司机</translation>
        </message>
    </context>
    <context>
        <name>Typed</name>
        <message>
            <source>{amount} has more than 2 decimals: amounts are in yuan to the fen, e.g. 10.05.</source>
            <translation>{amount} 的小数超过两位：金额以元为单位，最多精确到分，例如 10.05。</translation>
        </message>
        <message>
            <source>The amount is too large: at most {most}.</source>
            <translation>金额太大：最多 {most}。</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPanel</name>
        <message>
            <source>Approved volunteer hours by kind</source>
            <translation>各类志愿者服务时长（已审核，小时）</translation>
        </message>
    </context>
</TS>
