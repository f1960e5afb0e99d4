<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CataloguePanel</name>
        <message>
            <source>Department name</source>
            <translation>部门名称</translation>
        </message>
        <message>
            <source>Partner organisation (红色合伙人)</source>
            <translation>红色合伙人单位</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>红色合伙人单位</translation>
        </message>
        <message>
            <source>Department phone</source>
            <translation>部门电话</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>添加部门</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>类别名称</translation>
        </message>
        <message>
            <source>Deadline in working days</source>
            <translation>办理时限（工作日）</translation>
        </message>
        <message>
            <source>Default department</source>
            <translation>默认承办部门</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>添加类别</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>New department or partner</source>
            <translation>新增部门或红色合伙人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>新增类别</translation>
        </message>
        <message>
            <source>Deadline (working days)</source>
            <translation>办理时限（工作日）</translation>
        </message>
        <message>
            <source>Departments and partners</source>
            <translation>部门和红色合伙人</translation>
        </message>
        <message>
            <source>Categories handled</source>
            <translation>承办类别</translation>
        </message>
        <message>
            <source>Save categories handled</source>
            <translation>保存承办类别</translation>
        </message>
        <message>
            <source>Archive department…</source>
            <translation>归档部门…</translation>
        </message>
        <message>
            <source>Archive department</source>
            <translation>归档部门</translation>
        </message>
        <message>
            <source>Archive category…</source>
            <translation>归档类别…</translation>
        </message>
        <message>
            <source>Archive category</source>
            <translation>归档类别</translation>
        </message>
        <message>
            <source>Categories the selected one handles (offered when dispatching):</source>
            <translation>所选部门承办的类别（派单时可选）：</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Why is {name} archived?</source>
            <translation>为什么归档“{name}”？</translation>
        </message>
        <message>
            <source>Choose a category in the list first.</source>
            <translation>请先在列表中选择一个类别。</translation>
        </message>
    </context>
    <context>
        <name>CategoryModel</name>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Deadline (working days)</source>
            <translation>办理时限（工作日）</translation>
        </message>
        <message>
            <source>Default department</source>
            <translation>默认承办部门</translation>
        </message>
    </context>
    <context>
        <name>DepartmentModel</name>
        <message>
            <source>Department or partner</source>
            <translation>部门或合伙单位</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Categories handled</source>
            <translation>承办类别</translation>
        </message>
        <message>
            <source>partner (红色合伙人)</source>
            <translation>红色合伙人</translation>
        </message>
        <message>
            <source>department</source>
            <translation>部门</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Find resident</source>
            <translation>查找居民</translation>
        </message>
        <message>
            <source>Name, pinyin initials, phone or ID digits; empty = anonymous</source>
            <translation>姓名、拼音首字母、电话或身份证号末几位；留空为匿名</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>New resident…</source>
            <translation>新建居民…</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>新建居民</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <source>Came in on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>For a visit or council item recorded later; never a future day</source>
            <translation>走访、议事会等事后补录的诉求填实际日期；不能是将来的日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>What the resident needs — Enter starts a new line, Ctrl+Enter saves and prints</source>
            <translation>群众诉求内容——回车换行，Ctrl+回车保存并打印</translation>
        </message>
        <message>
            <source>Agrees to a follow-up call</source>
            <translation>同意回访</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Handled on the spot (即时办结)</source>
            <translation>即时办结</translation>
        </message>
        <message>
            <source>On the spot</source>
            <translation>即时办结</translation>
        </message>
        <message>
            <source>How it was handled</source>
            <translation>办理情况</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save and print receipt (Ctrl+Enter)</source>
            <translation>保存并打印回执（Ctrl+回车）</translation>
        </message>
        <message>
            <source>Preview receipt</source>
            <translation>预览回执</translation>
        </message>
        <message>
            <source>No receipt yet: save a request first.</source>
            <translation>还没有回执：请先保存一条诉求。</translation>
        </message>
        <message>
            <source>Saved request</source>
            <translation>已受理诉求</translation>
        </message>
        <message>
            <source>Contact (anonymous callers)</source>
            <translation>联系人（匿名来访）</translation>
        </message>
        <message>
            <source>came in on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Save the request and print its receipt</source>
            <translation>保存诉求并打印回执</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”: anonymous</source>
            <translation>没有找到“{query}”：按匿名受理</translation>
        </message>
        <message>
            <source>New resident #{id}</source>
            <translation>新建居民 #{id}</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>receipt queued (no printer)</source>
            <translation>回执已排队（无打印机）</translation>
        </message>
        <message>
            <source>{number} — handled on the spot, {note}</source>
            <translation>{number} — 已即时办结，{note}</translation>
        </message>
        <message>
            <source>{number} — expected by {due}, {note}</source>
            <translation>{number} — 预计 {due} 前办结，{note}</translation>
        </message>
        <message>
            <source>Request receipt</source>
            <translation>受理回执</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Monthly report (PDF)</source>
            <translation>月度报表（PDF）</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月度报表</translation>
        </message>
        <message>
            <source>Every figure counts the requests received in the month (cancelled ones left out), as they stand today. Response rate: signed for or handled on the spot within one working day. Resolution rate: resolved or closed. Satisfaction rate: satisfied or basically satisfied, of those whose follow-up call was answered; calls that reached nobody are counted apart (not reached).</source>
            <translation>各项数字均按本月受理的诉求统计（撤销的不计），以今天的状态为准。响应率：一个工作日内签收或当场办理。办结率：已办结或已结案。满意率：回访接通的诉求中满意或基本满意的比例；未联系上的回访另行统计（未联系上）。</translation>
        </message>
        <message>
            <source>Requests monthly report</source>
            <translation>诉求月度报表</translation>
        </message>
        <message>
            <source>Preparing the monthly report…</source>
            <translation>正在生成月度报表…</translation>
        </message>
    </context>
    <context>
        <name>RequestAction</name>
        <message>
            <source>dispatched</source>
            <translation>派单</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>签收</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>退单</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>党员领单</translation>
        </message>
        <message>
            <source>started</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>followed up</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>closed without a follow-up</source>
            <translation>未回访结案</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>paused for the resident</source>
            <translation>暂停（等待居民）</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>恢复计时</translation>
        </message>
        <message>
            <source>given an extension request</source>
            <translation>申请延期</translation>
        </message>
        <message>
            <source>given an extension decision</source>
            <translation>审批延期</translation>
        </message>
        <message>
            <source>taken in</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>handled on the spot</source>
            <translation>即时办结</translation>
        </message>
    </context>
    <context>
        <name>RequestDetailView</name>
        <message>
            <source>Request</source>
            <extracomment>The steps of the work in order: after one, the keyboard focus goes to the next that is possible, never to 退回, 取消 or 关闭 (a Space there would open their dialog). The list's share of the page's width, in per cent, before the user moves the splitter.</extracomment>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>办理记录</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Choose a department…</source>
            <translation>请选择部门…</translation>
        </message>
        <message>
            <source>Find party member</source>
            <translation>查找党员</translation>
        </message>
        <message>
            <source>Party member's name</source>
            <translation>党员姓名</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Choose a party member…</source>
            <translation>请选择党员…</translation>
        </message>
        <message>
            <source>Service minutes per claimer</source>
            <translation>每位领单党员的服务时长（分钟）</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Extension days</source>
            <translation>延期天数</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> 个工作日</translation>
        </message>
        <message>
            <source>Dispatch to</source>
            <translation>派往</translation>
        </message>
        <message>
            <source>Claimer</source>
            <translation>领单党员</translation>
        </message>
        <message>
            <source>Minutes per claimer</source>
            <translation>每人服务时长</translation>
        </message>
        <message>
            <source>Follow-up outcome</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>Reprint receipt (副本)</source>
            <translation>补打回执（副本）</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>补打回执</translation>
        </message>
        <message>
            <source>Why an action is not offered</source>
            <translation>操作不可用的原因</translation>
        </message>
        <message>
            <source>Request description</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source> (partner)</source>
            <translation>（红色合伙人）</translation>
        </message>
        <message>
            <source> (suggested)</source>
            <translation>（建议）</translation>
        </message>
        <message>
            <source>Choose the department first.</source>
            <translation>请先选择派往的部门。</translation>
        </message>
        <message>
            <source>Choose the party member first.</source>
            <translation>请先选择领单党员。</translation>
        </message>
        <message>
            <source>{action}: {reason}</source>
            <translation>{action}：{reason}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source> Any other colleague with the role {roles} may record it.</source>
            <translation>其他具有{roles}角色的同事都可以记录。</translation>
        </message>
        <message>
            <source>No request selected</source>
            <translation>未选择诉求</translation>
        </message>
        <message>
            <source>Choose a request in the list.</source>
            <translation>请在列表中选择一条诉求。</translation>
        </message>
        <message>
            <source>Choose a request in the list first.</source>
            <translation>请先在列表中选择一条诉求。</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <source> · waiting for the resident since {day}</source>
            <translation> · 自 {day} 起等待居民</translation>
        </message>
        <message>
            <source>{category} · {channel} · {urgency}</source>
            <translation>{category} · {channel} · {urgency}</translation>
        </message>
        <message>
            <source>Resident: {name} {phone}</source>
            <translation>居民：{name} {phone}</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <source>Department: {department}</source>
            <translation>承办部门：{department}</translation>
        </message>
        <message>
            <source>Taken in {day}, due {due}; reopened {n} times</source>
            <translation>{day} 受理，{due} 到期；重办 {n} 次</translation>
        </message>
        <message>
            <source>Claimed by: {names}</source>
            <translation>领单党员：{names}</translation>
        </message>
        <message>
            <source>Extension asked: {days} working days ({reason})</source>
            <translation>申请延期：{days} 个工作日（{reason}）</translation>
        </message>
        <message>
            <source>Resolution: {note}</source>
            <translation>办结情况：{note}</translation>
        </message>
        <message>
            <source> · the resident asked not to be called back</source>
            <translation> · 居民不希望回访</translation>
        </message>
        <message>
            <source> · follow-up calls without an answer: {n}</source>
            <translation> · 未接通的回访电话：{n} 次</translation>
        </message>
        <message>
            <source>Only an administrator decides an extension.</source>
            <translation>只有管理员可以审批延期。</translation>
        </message>
        <message>
            <source>Only an administrator closes a request without its follow-up.</source>
            <translation>只有管理员可以不经回访结案。</translation>
        </message>
        <message>
            <source>Already waiting for the resident.</source>
            <translation>已在等待居民。</translation>
        </message>
        <message>
            <source>Not waiting for the resident.</source>
            <translation>当前没有在等待居民。</translation>
        </message>
        <message>
            <source>An extension has already been asked for.</source>
            <translation>已经申请过延期。</translation>
        </message>
        <message>
            <source>No extension has been asked for.</source>
            <translation>尚未申请延期。</translation>
        </message>
        <message>
            <source>Not possible for this request now.</source>
            <translation>这条诉求现在不能这样操作。</translation>
        </message>
        <message>
            <source>Not possible while the request is {state}.</source>
            <translation>诉求当前状态为“{state}”，不能进行此操作。</translation>
        </message>
        <message>
            <source>Request receipt (copy)</source>
            <translation>受理回执（副本）</translation>
        </message>
        <message>
            <source>Dispatch {number} to {department}?</source>
            <translation>确定将 {number} 派给 {department} 吗？</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退单</translation>
        </message>
        <message>
            <source>Why is it returned to the center?</source>
            <translation>退回中心的原因？</translation>
        </message>
        <message>
            <source>Record {member} as claiming {number}?</source>
            <translation>确定登记 {member} 领取 {number} 吗？</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>How was it resolved?</source>
            <translation>办理结果？</translation>
        </message>
        <message>
            <source>Follow-up: {rating}</source>
            <translation>回访：{rating}</translation>
        </message>
        <message>
            <source>What happened? (optional; the request still waits for its follow-up)</source>
            <translation>情况如何？（可不填；诉求仍待回访）</translation>
        </message>
        <message>
            <source>What did the resident say? (optional)</source>
            <translation>居民的意见（可不填）</translation>
        </message>
        <message>
            <source>Close without follow-up</source>
            <translation>不回访结案</translation>
        </message>
        <message>
            <source>Why is it closed without the resident's rating? (calls without an answer: {n})</source>
            <translation>为什么不经居民评价就结案？（未接通的回访电话：{n} 次）</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>取消诉求</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>取消原因？</translation>
        </message>
        <message>
            <source>Why is more time needed?</source>
            <translation>需要延期的原因？</translation>
        </message>
        <message>
            <source>Approve the extension? (No refuses it.)</source>
            <translation>批准延期吗？（选“否”则不批准）</translation>
        </message>
    </context>
    <context>
        <name>RequestListModel</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>承办部门</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Taken in</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超期</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>waiting for resident</source>
            <translation>等待居民</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>follow-up due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>follow-up overdue</source>
            <translation>回访超时</translation>
        </message>
        <message>
            <source>no callback wanted</source>
            <translation>居民不需回访</translation>
        </message>
    </context>
    <context>
        <name>RequestQueue</name>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未办结</translation>
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
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看超期</translation>
        </message>
        <message>
            <source>My queue</source>
            <translation>我的待办</translation>
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
            <translation>到</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Number, description or resident</source>
            <translation>编号、内容或居民姓名</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Choose a month that has begun.</source>
            <translation>请选择已经开始的月份。</translation>
        </message>
        <message>
            <source>(not dispatched)</source>
            <translation>（未派单）</translation>
        </message>
        <message>
            <source>The department needs a name.</source>
            <translation>请填写部门名称。</translation>
        </message>
        <message>
            <source>A department with this name exists already.</source>
            <translation>已有同名部门。</translation>
        </message>
        <message>
            <source>The category needs a name.</source>
            <translation>请填写类别名称。</translation>
        </message>
        <message>
            <source>The deadline is 0 to 60 working days.</source>
            <translation>办理时限为 0 至 60 个工作日。</translation>
        </message>
        <message>
            <source>A category with this name exists already.</source>
            <translation>已有同名类别。</translation>
        </message>
        <message>
            <source>Give the reason for archiving.</source>
            <translation>请填写归档原因。</translation>
        </message>
        <message>
            <source>No such department or partner.</source>
            <translation>没有这个部门或合伙单位。</translation>
        </message>
        <message>
            <source>{name} still has {n} open requests; finish or re-dispatch them before archiving.</source>
            <translation>“{name}”还有 {n} 件未办结的诉求，请先办结或改派后再归档。</translation>
        </message>
        <message>
            <source>No such category.</source>
            <translation>没有这个类别。</translation>
        </message>
        <message>
            <source>Choose categories from the list.</source>
            <translation>请从列表中选择类别。</translation>
        </message>
        <message>
            <source>Describe the request.</source>
            <translation>请填写诉求内容。</translation>
        </message>
        <message>
            <source>Choose how the request came in.</source>
            <translation>请选择来源渠道。</translation>
        </message>
        <message>
            <source>Choose the urgency.</source>
            <translation>请选择紧急程度。</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>请选择类别。</translation>
        </message>
        <message>
            <source>This resident is not registered (or archived).</source>
            <translation>该居民未登记（或已归档）。</translation>
        </message>
        <message>
            <source>The date the request came in cannot be in the future.</source>
            <translation>受理日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Say how the request was handled on the spot.</source>
            <translation>请填写即时办结的办理情况。</translation>
        </message>
        <message>
            <source>Request receipt (受理回执)</source>
            <translation>受理回执</translation>
        </message>
        <message>
            <source>You handled this request, so a colleague records its follow-up (the resident's rating).</source>
            <translation>此诉求由您办理，回访（群众评价）须由其他同事登记。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>承办部门</translation>
        </message>
        <message>
            <source>Claimer</source>
            <translation>领单党员</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>服务驿站</translation>
        </message>
        <message>
            <source>Every figure counts the requests received in the month, as they stand on {today}.</source>
            <translation>各项数字均按本月受理的诉求统计，以{today}的状态为准。</translation>
        </message>
        <message>
            <source>Requests received in the month: {total} (cancelled {cancelled})</source>
            <translation>本月受理诉求：{total} 件（撤销 {cancelled} 件）</translation>
        </message>
        <message>
            <source>Satisfaction rate: {rate} — satisfied or basically satisfied, of {n} requests whose follow-up call was answered; not reached: {unreached} (left out of the rate)</source>
            <translation>满意率：{rate} — 回访接通的 {n} 件诉求中满意或基本满意的比例；未联系上 {unreached} 件（不计入满意率）</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理数</translation>
        </message>
        <message>
            <source>Response rate: {rate} — signed for or handled on the spot within 1 working day</source>
            <translation>响应率：{rate}——一个工作日内签收或即时办结</translation>
        </message>
        <message>
            <source>Resolution rate: {rate} — resolved or closed</source>
            <translation>办结率：{rate}——已办结或已关闭</translation>
        </message>
        <message>
            <source>Overdue: {open} still open past the due date, {late} resolved late; reopened: {reopened}</source>
            <translation>超期：{open} 件超期未办结，{late} 件超期办结；重办：{reopened} 件</translation>
        </message>
        <message>
            <source>Average time to resolve: {days} days</source>
            <translation>平均办结用时：{days} 天</translation>
        </message>
        <message>
            <source>Requests monthly report</source>
            <translation>诉求月度报表</translation>
        </message>
        <message>
            <source>Grouping</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>响应率</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>办结率</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Taken in</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Came in on</source>
            <translation>诉求提出日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>handled on the spot</source>
            <translation>已即时办结</translation>
        </message>
        <message>
            <source>Expected by</source>
            <translation>预计办结</translation>
        </message>
        <message>
            <source>Quote the number when you ask about your request.</source>
            <translation>查询办理进度时请提供受理编号。</translation>
        </message>
        <message>
            <source>No such request.</source>
            <translation>找不到该诉求。</translation>
        </message>
        <message>
            <source>Choose a department or partner.</source>
            <translation>请选择承办部门或红色合伙人。</translation>
        </message>
        <message>
            <source>Give the reason for returning it.</source>
            <translation>请填写退单原因。</translation>
        </message>
        <message>
            <source>Choose at least one party member.</source>
            <translation>请至少选择一名党员。</translation>
        </message>
        <message>
            <source>Only registered party members can claim work.</source>
            <translation>只有登记的党员才能领单。</translation>
        </message>
        <message>
            <source>These party members have claimed this request already.</source>
            <translation>这些党员已领过此单。</translation>
        </message>
        <message>
            <source>Say how the request was resolved.</source>
            <translation>请填写办结情况。</translation>
        </message>
        <message>
            <source>Service time is 0 to 1440 minutes.</source>
            <translation>服务时长为 0 至 1440 分钟。</translation>
        </message>
        <message>
            <source>Request {number}</source>
            <translation>诉求 {number}</translation>
        </message>
        <message>
            <source>Choose the resident's rating.</source>
            <translation>请选择居民的评价。</translation>
        </message>
        <message>
            <source>Give the reason for closing without a follow-up.</source>
            <translation>请填写不经回访结案的原因。</translation>
        </message>
        <message>
            <source>Give the reason for cancelling.</source>
            <translation>请填写取消原因。</translation>
        </message>
        <message>
            <source>This request is already waiting for the resident.</source>
            <translation>该诉求已在等待居民。</translation>
        </message>
        <message>
            <source>This request is not waiting for the resident.</source>
            <translation>该诉求不在等待居民状态。</translation>
        </message>
        <message>
            <source>An extension request is already waiting for a decision.</source>
            <translation>已有待审批的延期申请。</translation>
        </message>
        <message>
            <source>An extension is 1 to 30 working days.</source>
            <translation>延期为 1 至 30 个工作日。</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>请填写延期原因。</translation>
        </message>
        <message>
            <source>No extension has been asked for.</source>
            <translation>没有延期申请。</translation>
        </message>
        <message>
            <source>extension approved</source>
            <translation>延期已批准</translation>
        </message>
        <message>
            <source>extension refused</source>
            <translation>延期未批准</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>饮水</translation>
        </message>
        <message>
            <source>Phone charging</source>
            <translation>充电</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>Heating a meal</source>
            <translation>加热饭菜</translation>
        </message>
        <message>
            <source>Toilet</source>
            <translation>如厕</translation>
        </message>
        <message>
            <source>First-aid kit</source>
            <translation>应急药箱</translation>
        </message>
        <message>
            <source>The service needs a name (50 characters at most).</source>
            <translation>请填写服务名称（最多 50 字）。</translation>
        </message>
        <message>
            <source>This service exists already.</source>
            <translation>已有该服务。</translation>
        </message>
        <message>
            <source>No such station service.</source>
            <translation>找不到该驿站服务。</translation>
        </message>
        <message>
            <source>There is no click of today to undo.</source>
            <translation>今天没有可撤销的记录。</translation>
        </message>
        <message>
            <source>A request that is {state} cannot be {action}.</source>
            <translation>状态为“{state}”的诉求不能{action}。</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新受理</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>已派单</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>已退单</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>已签收</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>已领单</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Dispatch…</source>
            <translation>派单…</translation>
        </message>
        <message>
            <source>Accept (签收)</source>
            <translation>签收</translation>
        </message>
        <message>
            <source>Return (退单)…</source>
            <translation>退单…</translation>
        </message>
        <message>
            <source>Claim by party member…</source>
            <translation>党员领单…</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>办结…</translation>
        </message>
        <message>
            <source>Follow-up…</source>
            <translation>回访…</translation>
        </message>
        <message>
            <source>Close unrated…</source>
            <translation>不回访结案…</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>取消诉求…</translation>
        </message>
        <message>
            <source>Wait for resident</source>
            <translation>等待居民</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢复计时</translation>
        </message>
        <message>
            <source>Ask for extension…</source>
            <translation>申请延期…</translation>
        </message>
        <message>
            <source>Decide extension…</source>
            <translation>审批延期…</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>来访</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>door-to-door visit</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>online questionnaire</source>
            <translation>线上问卷</translation>
        </message>
        <message>
            <source>residents' council</source>
            <translation>居民议事会</translation>
        </message>
        <message>
            <source>grid worker</source>
            <translation>网格员</translation>
        </message>
        <message>
            <source>12345 transfer</source>
            <translation>12345转办</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>very urgent</source>
            <translation>特急</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>unsatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>not reached (no answer)</source>
            <translation>未联系上（无人接听）</translation>
        </message>
        <message>
            <source>declined the call</source>
            <translation>拒绝回访</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Requests</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>服务驿站</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月度报表</translation>
        </message>
        <message>
            <source>Departments and categories</source>
            <translation>部门与类别</translation>
        </message>
    </context>
    <context>
        <name>RequestsProfile</name>
        <message>
            <source>Requests</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Requests of this resident</source>
            <translation>该居民的诉求</translation>
        </message>
    </context>
    <context>
        <name>StationPanel</name>
        <message>
            <source>Undo last click</source>
            <translation>撤销上一次</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>新增服务</translation>
        </message>
        <message>
            <source>Add a service…</source>
            <translation>新增服务…</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>One click per service given today:</source>
            <translation>每提供一次服务点一下：</translation>
        </message>
        <message>
            <source>{name}
{count} today</source>
            <translation>{name}
今日 {count}</translation>
        </message>
        <message>
            <source>This month ({month}):</source>
            <translation>本月（{month}）：</translation>
        </message>
        <message>
            <source>Undone: {name}</source>
            <translation>已撤销：{name}</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次数</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
</TS>
