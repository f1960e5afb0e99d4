<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Alerts</name>
        <message>
            <source>days</source>
            <extracomment>The highest value any threshold takes (ten years of days); a larger one is a typing mistake.</extracomment>
            <translation>天</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <source>Regular diner absent</source>
            <translation>常来就餐的老人没来</translation>
        </message>
        <message>
            <source>Counting meals over the last</source>
            <translation>统计最近</translation>
        </message>
        <message>
            <source>A regular has at least</source>
            <translation>常来就餐指至少就餐</translation>
        </message>
        <message>
            <source>meals</source>
            <translation>次</translation>
        </message>
        <message>
            <source>Absent for at least</source>
            <translation>连续未来至少</translation>
        </message>
        <message>
            <source>Elderly living alone, not visited</source>
            <translation>高龄独居老人久未走访</translation>
        </message>
        <message>
            <source>Aged at least</source>
            <translation>年龄至少</translation>
        </message>
        <message>
            <source>years</source>
            <translation>周岁</translation>
        </message>
        <message>
            <source>Not visited for at least</source>
            <translation>未走访至少</translation>
        </message>
        <message>
            <source>Health follow-up overdue</source>
            <translation>健康随访逾期</translation>
        </message>
        <message>
            <source>Overdue by at least</source>
            <translation>逾期至少</translation>
        </message>
        <message>
            <source>Authorisation or qualification expiring</source>
            <translation>接送授权或志愿者资质即将到期</translation>
        </message>
        <message>
            <source>Expiring within</source>
            <translation>到期前</translation>
        </message>
        <message>
            <source>Resolved request waiting for its follow-up call</source>
            <translation>办结诉求待回访</translation>
        </message>
        <message>
            <source>Resolved at least</source>
            <translation>办结已满</translation>
        </message>
        <message>
            <source>Resolved within the last</source>
            <translation>办结在最近</translation>
        </message>
        <message>
            <source>There is no such alert rule.</source>
            <translation>没有这条关注规则。</translation>
        </message>
        <message>
            <source>This rule has no threshold {name}.</source>
            <translation>这条规则没有阈值“{name}”。</translation>
        </message>
        <message>
            <source>{label}: a whole number, please.</source>
            <translation>{label}：请填写整数。</translation>
        </message>
        <message>
            <source>{label}: a threshold cannot be negative ({value}).</source>
            <translation>{label}：阈值不能为负数（{value}）。</translation>
        </message>
        <message>
            <source>{label}: at least {minimum}.</source>
            <translation>{label}：至少为 {minimum}。</translation>
        </message>
        <message>
            <source>{label}: at most {maximum}.</source>
            <translation>{label}：最多为 {maximum}。</translation>
        </message>
        <message>
            <source>Visit request {number} is made but not assigned: {why}</source>
            <translation>走访请求 {number} 已生成，但尚未指派：{why}</translation>
        </message>
        <message>
            <source> Assign it on the Requests page.</source>
            <translation>请到“诉求”页派单。</translation>
        </message>
        <message>
            <source>{meals} meals in the last {window} days; absent {absent} working days in a row</source>
            <translation>近{window}天就餐{meals}次，已连续{absent}个工作日未来</translation>
        </message>
        <message>
            <source>Aged {age}, living alone, never visited</source>
            <translation>{age}岁，独居，从未走访</translation>
        </message>
        <message>
            <source>Aged {age}, living alone, last visited {days} days ago</source>
            <translation>{age}岁，独居，已{days}天未走访</translation>
        </message>
        <message>
            <source>Needs attention (health)</source>
            <translation>需关注（健康）</translation>
        </message>
        <message>
            <source>Health follow-up overdue by {days} days (due {due})</source>
            <translation>健康随访已逾期{days}天（应于{due}随访）</translation>
        </message>
        <message>
            <source>Volunteer qualification {what} expires today ({until})</source>
            <translation>志愿者资质“{what}”今天到期（{until}）</translation>
        </message>
        <message>
            <source>Pick-up authorisation expires today ({until})</source>
            <translation>接送授权今天到期（{until}）</translation>
        </message>
        <message>
            <source>Volunteer qualification {what} expires on {until} ({left} days left)</source>
            <translation>志愿者资质“{what}”将于{until}到期（还剩{left}天）</translation>
        </message>
        <message>
            <source>Pick-up authorisation expires on {until} ({left} days left)</source>
            <translation>接送授权将于{until}到期（还剩{left}天）</translation>
        </message>
        <message>
            <source>Request {number} resolved on {resolved}, waiting for its follow-up call</source>
            <translation>诉求{number}已于{resolved}办结，待回访</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Visit requested</source>
            <translation>已转走访</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>Choose an open request category.</source>
            <translation>请选择一个在用的诉求类别。</translation>
        </message>
        <message>
            <source>There is no such alert.</source>
            <translation>没有这条提醒。</translation>
        </message>
        <message>
            <source>This alert no longer applies.</source>
            <translation>这条提醒的情况已不存在。</translation>
        </message>
        <message>
            <source>This alert has been handled already (by a colleague?).</source>
            <translation>这条提醒已经处理过了（可能是同事刚处理）。</translation>
        </message>
        <message>
            <source>Say why the alert is dismissed.</source>
            <translation>请写明忽略这条提醒的原因。</translation>
        </message>
        <message>
            <source>This alert cannot become a visit request.</source>
            <translation>这类提醒不能转为走访请求。</translation>
        </message>
        <message>
            <source>There is no request category yet; ask an administrator.</source>
            <translation>还没有诉求类别，请联系管理员设置。</translation>
        </message>
        <message>
            <source>Today's alerts: {reason}</source>
            <translation>今日关注：{reason}</translation>
        </message>
        <message>
            <source>No party member is linked to this household.</source>
            <translation>这户没有挂钩党员。</translation>
        </message>
        <message>
            <source>The request category has no department.</source>
            <translation>该诉求类别没有默认部门。</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <source>Who</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>关注原因</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>Visit request {number} ({state})</source>
            <translation>走访请求 {number}（{state}）</translation>
        </message>
        <message>
            <source>Dismissed by {who}: {why}</source>
            <translation>{who} 已忽略：{why}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <source>Working out today's alerts</source>
            <translation>正在计算今日关注</translation>
        </message>
        <message>
            <source>Working out today's alerts…</source>
            <translation>正在计算今日关注…</translation>
        </message>
        <message>
            <source>Only those still to do</source>
            <translation>只看待处理</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>刷新列表</translation>
        </message>
        <message>
            <source>Alert rules…</source>
            <translation>关注规则…</translation>
        </message>
        <message>
            <source>Alert rules</source>
            <translation>关注规则</translation>
        </message>
        <message>
            <source>Today's alerts</source>
            <translation>今日关注</translation>
        </message>
        <message>
            <source>Visit request for the linked party member</source>
            <translation>转为走访请求（派给挂钩党员）</translation>
        </message>
        <message>
            <source>Turn the alert into a visit request</source>
            <translation>把提醒转为走访请求</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>忽略…</translation>
        </message>
        <message>
            <source>Dismiss the alert</source>
            <translation>忽略这条提醒</translation>
        </message>
        <message>
            <source>Open the resident</source>
            <translation>打开居民档案</translation>
        </message>
        <message>
            <source>Open the resident's profile</source>
            <translation>打开居民档案</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>Today's alerts — {day}, {weekday}</source>
            <translation>今日关注 — {day} {weekday}</translation>
        </message>
        <message>
            <source>{n} alerts in {groups} groups</source>
            <translation>共 {n} 条，分 {groups} 类</translation>
        </message>
        <message>
            <source>Nothing needs attention today.</source>
            <translation>今天没有需要关注的事项。</translation>
        </message>
        <message>
            <source>Choose an alert first.</source>
            <translation>请先选中一条提醒。</translation>
        </message>
        <message>
            <source>This kind of alert is handled at the desk, not by a visit.</source>
            <translation>这类提醒由前台直接处理，不需要上门走访。</translation>
        </message>
        <message>
            <source>Your role does not take requests.</source>
            <translation>您的岗位不能受理诉求。</translation>
        </message>
        <message>
            <source>Make a visit request assigned to the party member linked to this household.</source>
            <translation>生成一张走访请求，派给与这户挂钩的党员领单。</translation>
        </message>
        <message>
            <source>Raised on {day}.</source>
            <translation>{day} 起提醒。</translation>
        </message>
        <message>
            <source>Visit request {number} is made and claimed by party member {name}.</source>
            <translation>走访请求 {number} 已生成，由党员 {name} 领单。</translation>
        </message>
        <message>
            <source>Why is no action needed?</source>
            <translation>为什么不需要处理？</translation>
        </message>
    </context>
    <context>
        <name>AlertsReport</name>
        <message>
            <source>Alerts raised and acted on, by rule</source>
            <translation>各规则提醒的产生与处理</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>产生</translation>
        </message>
        <message>
            <source>Turned into visit requests</source>
            <translation>转为走访请求</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>情况消除</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Alerts raised</source>
            <translation>产生的提醒</translation>
        </message>
        <message>
            <source>Share of alerts raised that became visit requests</source>
            <translation>转为走访请求的比例</translation>
        </message>
        <message>
            <source>Acting before being asked: today's alerts</source>
            <translation>未诉先办：今日关注</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Write why no action is needed; OK is available once a reason is written.</source>
            <translation>请写明不需要处理的原因，写好后才能点“确定”。</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Alert rules</source>
            <translation>关注规则</translation>
        </message>
        <message>
            <source>Visit requests made from alerts</source>
            <translation>由提醒生成的走访请求</translation>
        </message>
        <message>
            <source>Request category of visit requests</source>
            <translation>走访请求的诉求类别</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>诉求类别</translation>
        </message>
        <message>
            <source>A rule's alerts are worked out each time the list is opened; changes apply at once.</source>
            <translation>每次打开“今日关注”都会按规则重新计算，修改后立即生效。</translation>
        </message>
    </context>
</TS>
