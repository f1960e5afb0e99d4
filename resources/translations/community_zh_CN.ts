<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BoardTab</name>
        <message>
            <source>Buildings</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Building board</source>
            <translation>楼栋看板</translation>
        </message>
        <message>
            <source>Days since the last visit:</source>
            <translation>距上次走访：</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>up to 14</source>
            <translation>14天内</translation>
        </message>
        <message>
            <source>15–30</source>
            <translation>15–30天</translation>
        </message>
        <message>
            <source>31–60</source>
            <translation>31–60天</translation>
        </message>
        <message>
            <source>over 60</source>
            <translation>60天以上</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>★ 80+ living alone</source>
            <translation>★ 80岁以上独居</translation>
        </message>
        <message>
            <source>No building has residents yet.</source>
            <translation>还没有哪栋楼登记了居民。</translation>
        </message>
        <message>
            <source>{building}: {n} households</source>
            <translation>{building}：共 {n} 户</translation>
        </message>
    </context>
    <context>
        <name>BuildingsModel</name>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
    </context>
    <context>
        <name>Community</name>
        <message>
            <source>Bldg {b}</source>
            <translation>{b}栋</translation>
        </message>
        <message>
            <source>unit {u}</source>
            <translation>{u}单元</translation>
        </message>
        <message>
            <source>room {r}</source>
            <translation>{r}室</translation>
        </message>
        <message>
            <source>{building} {unit} {room}</source>
            <translation>{building}{unit}{room}</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>本户</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>整栋</translation>
        </message>
        <message>
            <source>Council chair</source>
            <translation>理事长</translation>
        </message>
        <message>
            <source>Building head</source>
            <translation>楼栋长</translation>
        </message>
        <message>
            <source>Unit head</source>
            <translation>单元长</translation>
        </message>
        <message>
            <source>Council member</source>
            <translation>理事</translation>
        </message>
        <message>
            <source>Routine visit</source>
            <translation>日常走访</translation>
        </message>
        <message>
            <source>Care visit</source>
            <translation>关爱走访</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Council visit</source>
            <translation>理事会走访</translation>
        </message>
        <message>
            <source>All well</source>
            <translation>情况良好</translation>
        </message>
        <message>
            <source>Need found</source>
            <translation>发现需求</translation>
        </message>
        <message>
            <source>Nobody home</source>
            <translation>无人在家</translation>
        </message>
        <message>
            <source>This resident is not registered.</source>
            <translation>没有这位居民的档案。</translation>
        </message>
        <message>
            <source>{name} is archived: an archived resident cannot be linked.</source>
            <translation>{name}的档案已归档，已归档的居民不能联系或任职。</translation>
        </message>
        <message>
            <source>{name} is not registered as a party member.</source>
            <translation>{name}的档案未标注为党员。</translation>
        </message>
        <message>
            <source>Nobody registered lives at {address}.</source>
            <translation>{address}没有登记在住的居民。</translation>
        </message>
        <message>
            <source>{what} cannot be in the future.</source>
            <translation>{what}不能晚于今天。</translation>
        </message>
        <message>
            <source>Give the council a name.</source>
            <translation>请填写理事会名称。</translation>
        </message>
        <message>
            <source>Choose a role on the council.</source>
            <translation>请选择在理事会中的职务。</translation>
        </message>
        <message>
            <source>Give the date the role starts.</source>
            <translation>请填写任职开始日期。</translation>
        </message>
        <message>
            <source>The start of a role</source>
            <translation>任职开始日期</translation>
        </message>
        <message>
            <source>This council does not exist (or is archived).</source>
            <translation>该理事会不存在（或已撤销）。</translation>
        </message>
        <message>
            <source>The end of a role</source>
            <translation>卸任日期</translation>
        </message>
        <message>
            <source>This role has already ended.</source>
            <translation>该任职已经结束。</translation>
        </message>
        <message>
            <source>A role cannot end before it starts.</source>
            <translation>卸任日期不能早于任职开始日期。</translation>
        </message>
        <message>
            <source>Choose a household, a unit or a building.</source>
            <translation>请选择联系本户、单元还是整栋。</translation>
        </message>
        <message>
            <source>{name} already looks after this place.</source>
            <translation>{name}已经在联系这里了。</translation>
        </message>
        <message>
            <source>This link has already ended.</source>
            <translation>该联系已经结束。</translation>
        </message>
        <message>
            <source>A visit cannot be dated in the future.</source>
            <translation>走访日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Choose the kind of visit.</source>
            <translation>请选择走访类型。</translation>
        </message>
        <message>
            <source>Choose what the visit found.</source>
            <translation>请选择走访结果。</translation>
        </message>
        <message>
            <source>Say what need was found.</source>
            <translation>请写明发现了什么需求。</translation>
        </message>
        <message>
            <source>{address}: {need}</source>
            <translation>{address}：{need}</translation>
        </message>
        <message>
            <source>Several residents live here: choose who the request is for.</source>
            <translation>该户住有多位居民：请选择诉求人。</translation>
        </message>
        <message>
            <source>The request must be for a resident of {address}: choose one who lives there.</source>
            <translation>诉求人须为{address}的住户：请选择住在该户的居民。</translation>
        </message>
        <message>
            <source>Say why the visit is voided.</source>
            <translation>请写明作废原因。</translation>
        </message>
        <message>
            <source>This visit is already voided.</source>
            <translation>这条走访已经作废。</translation>
        </message>
        <message>
            <source>Give the meeting a subject.</source>
            <translation>请填写议题。</translation>
        </message>
        <message>
            <source>A meeting cannot be recorded before it is held.</source>
            <translation>议事日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Say what each follow-up task is.</source>
            <translation>请写明每项后续任务的内容。</translation>
        </message>
        <message>
            <source>The task “{task}” is due {due}, before the meeting ({held}): give a later due date.</source>
            <translation>任务“{task}”的期限 {due} 早于议事日期（{held}）：请选择更晚的期限。</translation>
        </message>
        <message>
            <source>This task is already done.</source>
            <translation>该任务已经完成。</translation>
        </message>
    </context>
    <context>
        <name>CommunityModels</name>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>Whole estate</source>
            <translation>全小区</translation>
        </message>
        <message>
            <source>{n} residents</source>
            <translation>{n} 位居民</translation>
        </message>
        <message>
            <source>F{n}</source>
            <translation>{n}层</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>never</source>
            <translation>未走访</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n}天</translation>
        </message>
        <message>
            <source>Eldest: {n}</source>
            <translation>最年长：{n}岁</translation>
        </message>
        <message>
            <source>★ An 80+ resident living alone</source>
            <translation>★ 有80岁以上独居老人</translation>
        </message>
        <message>
            <source>Last visit: {d}</source>
            <translation>上次走访：{d}</translation>
        </message>
    </context>
    <context>
        <name>CommunityPage</name>
        <message>
            <source>Buildings &amp; visits</source>
            <translation>楼栋与走访</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Building board</source>
            <translation>楼栋看板</translation>
        </message>
        <message>
            <source>Latest visits</source>
            <translation>最近走访</translation>
        </message>
        <message>
            <source>Councils and meetings</source>
            <translation>理事会与议事</translation>
        </message>
    </context>
    <context>
        <name>CommunityProfile</name>
        <message>
            <source>Building and visits</source>
            <translation>楼栋与走访</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>上次走访</translation>
        </message>
        <message>
            <source>nobody linked yet</source>
            <translation>尚无联系党员</translation>
        </message>
        <message>
            <source>Looked after by (三带一联)</source>
            <translation>联系党员（三带一联）</translation>
        </message>
        <message>
            <source>Council role</source>
            <translation>理事会职务</translation>
        </message>
        <message>
            <source>Households and units this party member looks after</source>
            <translation>这位党员联系的住户和单元</translation>
        </message>
        <message>
            <source>Looks after (三带一联)</source>
            <translation>联系户（三带一联）</translation>
        </message>
    </context>
    <context>
        <name>CommunityReport</name>
        <message>
            <source>Visits (走访) by kind and result</source>
            <translation>走访（按类型和结果）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Council meetings (议事) and follow-up tasks</source>
            <translation>理事会议事与后续任务</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>理事会</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>议事次数</translation>
        </message>
        <message>
            <source>Tasks decided</source>
            <translation>新定任务</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>完成任务</translation>
        </message>
        <message>
            <source>Tasks open at month end</source>
            <translation>月末未完成</translation>
        </message>
        <message>
            <source>Buildings and visits</source>
            <translation>楼栋与走访</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>Households visited</source>
            <translation>走访户数</translation>
        </message>
        <message>
            <source>Needs turned into requests</source>
            <translation>需求转诉求</translation>
        </message>
    </context>
    <context>
        <name>CouncilDialog</name>
        <message>
            <source>New building council</source>
            <translation>新建楼栋理事会</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Whole estate</source>
            <translation>全小区</translation>
        </message>
        <message>
            <source>Council name</source>
            <translation>理事会名称</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>{building} self-governing council</source>
            <translation>{building}自治理事会</translation>
        </message>
        <message>
            <source>Estate self-governing council</source>
            <translation>小区自治理事会</translation>
        </message>
    </context>
    <context>
        <name>CouncilsModel</name>
        <message>
            <source>Council</source>
            <translation>理事会</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
    </context>
    <context>
        <name>CouncilsTab</name>
        <message>
            <source>Councils</source>
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
            <source>Follow-up tasks</source>
            <translation>后续任务</translation>
        </message>
        <message>
            <source>New council…</source>
            <translation>新建理事会…</translation>
        </message>
        <message>
            <source>New council</source>
            <translation>新建理事会</translation>
        </message>
        <message>
            <source>Add member…</source>
            <translation>添加成员…</translation>
        </message>
        <message>
            <source>Add a council member</source>
            <translation>添加理事会成员</translation>
        </message>
        <message>
            <source>End role</source>
            <translation>结束任职</translation>
        </message>
        <message>
            <source>End the chosen role</source>
            <translation>结束所选成员的任职</translation>
        </message>
        <message>
            <source>Record a meeting…</source>
            <translation>记录议事…</translation>
        </message>
        <message>
            <source>Record a council meeting</source>
            <translation>记录理事会议事</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>标记完成…</translation>
        </message>
        <message>
            <source>Mark the task done</source>
            <translation>标记任务完成</translation>
        </message>
        <message>
            <source>Meetings (议事)</source>
            <translation>议事</translation>
        </message>
        <message>
            <source>Choose a council first.</source>
            <translation>请先选择理事会。</translation>
        </message>
        <message>
            <source>Choose a member whose role is still running.</source>
            <translation>请选择仍在任的成员。</translation>
        </message>
        <message>
            <source>End {name}'s role as {seat} today?</source>
            <translation>今天结束{name}的{seat}任职？</translation>
        </message>
        <message>
            <source>Choose a task that is still open.</source>
            <translation>请选择未完成的任务。</translation>
        </message>
        <message>
            <source>Task done</source>
            <translation>任务完成</translation>
        </message>
        <message>
            <source>How was “{task}” done? (optional)</source>
            <translation>“{task}”完成情况（可不填）：</translation>
        </message>
    </context>
    <context>
        <name>HouseholdListModel</name>
        <message>
            <source>Household</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>人数</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsTab</name>
        <message>
            <source>Find a household</source>
            <translation>查找住户</translation>
        </message>
        <message>
            <source>6-2-301 or 6栋2单元301, then Enter</source>
            <translation>输入 6-2-301 或 6栋2单元301 后回车</translation>
        </message>
        <message>
            <source>Households found</source>
            <translation>找到的住户</translation>
        </message>
        <message>
            <source>Type an address to find a household.</source>
            <translation>输入门牌查找住户。</translation>
        </message>
        <message>
            <source>Household summary</source>
            <translation>住户概况</translation>
        </message>
        <message>
            <source>Record a visit…</source>
            <translation>记录走访…</translation>
        </message>
        <message>
            <source>Record a visit</source>
            <translation>记录走访</translation>
        </message>
        <message>
            <source>Link a party member…</source>
            <translation>联系党员…</translation>
        </message>
        <message>
            <source>Link a party member</source>
            <translation>联系党员</translation>
        </message>
        <message>
            <source>End link</source>
            <translation>结束联系</translation>
        </message>
        <message>
            <source>End the chosen link</source>
            <translation>结束所选联系</translation>
        </message>
        <message>
            <source>Void visit…</source>
            <translation>作废走访…</translation>
        </message>
        <message>
            <source>Void the chosen visit</source>
            <translation>作废所选走访</translation>
        </message>
        <message>
            <source>Your role may not change 三带一联 links.</source>
            <translation>您的角色不能调整三带一联。</translation>
        </message>
        <message>
            <source>Who lives here</source>
            <translation>住户成员</translation>
        </message>
        <message>
            <source>Party members looking after it</source>
            <translation>联系党员</translation>
        </message>
        <message>
            <source>Visits to this household</source>
            <translation>这户的走访记录</translation>
        </message>
        <message>
            <source>三带一联: party members looking after it</source>
            <translation>三带一联：联系党员</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访记录</translation>
        </message>
        <message>
            <source>{n} households</source>
            <translation>共 {n} 户</translation>
        </message>
        <message>
            <source>{n} residents</source>
            <translation>{n} 人</translation>
        </message>
        <message>
            <source>last visit {day}</source>
            <translation>上次走访 {day}</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>looked after by {names}</source>
            <translation>联系党员 {names}</translation>
        </message>
        <message>
            <source>Visit saved. Request {number} was taken in for the need found.</source>
            <translation>走访已保存。发现的需求已受理为诉求 {number}。</translation>
        </message>
        <message>
            <source>Choose a link that is still running.</source>
            <translation>请选择仍在联系中的一条。</translation>
        </message>
        <message>
            <source>End {name}'s link to {place}?</source>
            <translation>结束{name}对 {place} 的联系？</translation>
        </message>
        <message>
            <source>Choose a visit that is not voided.</source>
            <translation>请选择未作废的走访。</translation>
        </message>
        <message>
            <source>Void visit</source>
            <translation>作废走访</translation>
        </message>
        <message>
            <source>Why is this visit voided?</source>
            <translation>作废原因：</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link a party member (三带一联)</source>
            <translation>联系党员（三带一联）</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Looks after</source>
            <translation>联系范围</translation>
        </message>
        <message>
            <source>Choose a party member from the list.</source>
            <translation>请从列表中选择党员。</translation>
        </message>
    </context>
    <context>
        <name>LinksModel</name>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Looks after</source>
            <translation>联系范围</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Council meeting: {name}</source>
            <translation>议事：{name}</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>议事日期</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>议程</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决定事项</translation>
        </message>
        <message>
            <source>Who attended</source>
            <translation>出席人员</translation>
        </message>
        <message>
            <source>Add a task</source>
            <translation>添加任务</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>后续任务</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>理事会</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决定事项</translation>
        </message>
    </context>
    <context>
        <name>OccupantsModel</name>
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
            <source>Categories</source>
            <translation>类别</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>SeatDialog</name>
        <message>
            <source>Add to the council</source>
            <translation>添加理事会成员</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Unit (for a unit head)</source>
            <translation>单元（单元长填写）</translation>
        </message>
        <message>
            <source>From</source>
            <translation>任职日期</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Find and choose the resident first.</source>
            <translation>请先查找并选中居民。</translation>
        </message>
    </context>
    <context>
        <name>SeatsModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>From</source>
            <translation>任职</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>卸任</translation>
        </message>
    </context>
    <context>
        <name>TasksModel</name>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>议事</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Record a visit: {address}</source>
            <translation>记录走访：{address}</translation>
        </message>
        <message>
            <source>Date of the visit</source>
            <translation>走访日期</translation>
        </message>
        <message>
            <source>Kind of visit</source>
            <translation>走访类型</translation>
        </message>
        <message>
            <source>What the visit found</source>
            <translation>走访结果</translation>
        </message>
        <message>
            <source>Resident met</source>
            <translation>见到的居民</translation>
        </message>
        <message>
            <source>— nobody in particular —</source>
            <translation>— 未指定 —</translation>
        </message>
        <message>
            <source>Party member who went</source>
            <translation>同去的党员</translation>
        </message>
        <message>
            <source>— staff only —</source>
            <translation>— 仅工作人员 —</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>发现的情况</translation>
        </message>
        <message>
            <source>Turn the need into a request (channel: visit)</source>
            <translation>把需求转为诉求（渠道：走访）</translation>
        </message>
        <message>
            <source>Turn the need into a request</source>
            <translation>把需求转为诉求</translation>
        </message>
        <message>
            <source>Request category</source>
            <translation>诉求类别</translation>
        </message>
        <message>
            <source>— choose a category —</source>
            <translation>— 请选择类别 —</translation>
        </message>
        <message>
            <source>Whom the request is for</source>
            <translation>诉求人</translation>
        </message>
        <message>
            <source>— choose who —</source>
            <translation>— 请选择诉求人 —</translation>
        </message>
        <message>
            <source>The request</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>For</source>
            <translation>诉求人</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Your role may not take in requests: tell the front desk about the need.</source>
            <translation>您的角色不能受理诉求，请把需求告诉前台。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>见到</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>情况</translation>
        </message>
    </context>
    <context>
        <name>VisitsModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Visited by</source>
            <translation>走访人</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>发现的情况</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Latest visits</source>
            <translation>最近走访</translation>
        </message>
    </context>
    <context>
        <name>_TaskRow</name>
        <message>
            <source>Follow-up task {n}</source>
            <translation>后续任务 {n}</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>要做的事</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>— who —</source>
            <translation>— 负责人 —</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
    </context>
</TS>
