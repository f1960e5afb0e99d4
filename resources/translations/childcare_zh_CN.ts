<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Live board</source>
            <translation>实时看板</translation>
        </message>
        <message>
            <source>Children on the board</source>
            <translation>看板上的孩子</translation>
        </message>
        <message>
            <source>No program</source>
            <translation>没有项目</translation>
        </message>
        <message>
            <source>In now {n} / {cap}</source>
            <translation>在园 {n} / {cap}</translation>
        </message>
        <message>
            <source>Staff {on} · needed {need} (1:{ratio})</source>
            <translation>在岗老师 {on} · 需要 {need}（1:{ratio}）</translation>
        </message>
        <message>
            <source>Expected {exp} · absent {abs} · gone home {gone}</source>
            <translation>未到 {exp} · 缺勤 {abs} · 已离园 {gone}</translation>
        </message>
        <message>
            <source>Closing time {time} has passed: {n} not signed out — {names}</source>
            <translation>已过闭园时间 {time}：{n} 人未签退 — {names}</translation>
        </message>
        <message>
            <source>Not arrived, no absence recorded: {names}</source>
            <translation>未到且未登记缺勤：{names}</translation>
        </message>
        <message>
            <source>{group}: in {n} of {total}</source>
            <translation>{group}：在园 {n} / {total}</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>NOT SIGNED OUT (in since {time})</source>
            <translation>未签退（{time} 签到）</translation>
        </message>
        <message>
            <source>Not arrived, no absence recorded</source>
            <translation>未到，未登记缺勤</translation>
        </message>
        <message>
            <source>In since {time}</source>
            <translation>{time} 签到</translation>
        </message>
        <message>
            <source>alone</source>
            <translation>自行离开</translation>
        </message>
        <message>
            <source>Gone {time} · {who}</source>
            <translation>{time} 离园 · {who}</translation>
        </message>
        <message>
            <source>override</source>
            <translation>特批放行</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>未到</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <source>Edit child</source>
            <translation>编辑儿童</translation>
        </message>
        <message>
            <source>New child</source>
            <translation>新建儿童</translation>
        </message>
        <message>
            <source>Child's name</source>
            <translation>儿童姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <source>Boy</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Girl</source>
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
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>e.g. 二年级</source>
            <translation>如 二年级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>e.g. 3班</source>
            <translation>如 3班</translation>
        </message>
        <message>
            <source>Allergy note (printed)</source>
            <translation>过敏提示（会打印）</translation>
        </message>
        <message>
            <source>Short, printed on the sheet</source>
            <translation>简短，打印在签到表上</translation>
        </message>
        <message>
            <source>Private medical note (never printed)</source>
            <translation>保密病情备注（不打印）</translation>
        </message>
        <message>
            <source>Only childcare staff can see the private medical note.</source>
            <translation>保密病情备注仅托管老师可见。</translation>
        </message>
        <message>
            <source>Health disclosure on file (健康状况告知书)</source>
            <translation>已交健康状况告知书</translation>
        </message>
        <message>
            <source>Safety agreement on file (安全责任协议)</source>
            <translation>已签安全责任协议</translation>
        </message>
        <message>
            <source>Child's resident record</source>
            <translation>儿童的居民档案</translation>
        </message>
        <message>
            <source>No resident record</source>
            <translation>不关联居民档案</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>School, grade, class</source>
            <translation>学校、年级、班级</translation>
        </message>
        <message>
            <source>Allergy (may print)</source>
            <translation>过敏（可打印）</translation>
        </message>
        <message>
            <source>Medical note (private)</source>
            <translation>病情备注（保密）</translation>
        </message>
        <message>
            <source>On file</source>
            <translation>已存档</translation>
        </message>
        <message>
            <source>Resident record</source>
            <translation>居民档案</translation>
        </message>
        <message>
            <source>Adults and enrolments</source>
            <translation>接送人和报名</translation>
        </message>
        <message>
            <source>Adults: who may collect, who may not</source>
            <translation>成人：谁可以接，谁不可以接</translation>
        </message>
        <message>
            <source>Adults on the child's list</source>
            <translation>儿童的联系人名单</translation>
        </message>
        <message>
            <source>Add adult…</source>
            <translation>添加成人…</translation>
        </message>
        <message>
            <source>Edit adult…</source>
            <translation>编辑成人…</translation>
        </message>
        <message>
            <source>Remove from list…</source>
            <translation>移出名单…</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>报名</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>报名…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>退出…</translation>
        </message>
        <message>
            <source>Save the child first, then add the adults and the enrolments.</source>
            <translation>请先保存儿童信息，再添加接送人和报名。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2018-03-01.</source>
            <translation>日期请写成 年-月-日，如 2018-03-01。</translation>
        </message>
        <message>
            <source>Saved. Change something to save again, or Close.</source>
            <translation>已保存。修改后才能再次保存，或点“关闭”。</translation>
        </message>
        <message>
            <source>Choose an adult first.</source>
            <translation>请先选择一位成人。</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>移出名单</translation>
        </message>
        <message>
            <source>Why is {name} removed from the list?</source>
            <translation>为什么把 {name} 移出名单？</translation>
        </message>
        <message>
            <source>Not approved: the block stays.</source>
            <translation>未获批准：禁止接送仍然有效。</translation>
        </message>
        <message>
            <source>Choose an enrolment first.</source>
            <translation>请先选择一条报名。</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Why is the child leaving {program}?</source>
            <translation>儿童为什么退出 {program}？</translation>
        </message>
    </context>
    <context>
        <name>Childcare</name>
        <message>
            <source>Day care (托管)</source>
            <translation>托管</translation>
        </message>
        <message>
            <source>After-school class (四点半课堂)</source>
            <translation>四点半课堂</translation>
        </message>
        <message>
            <source>Summer care (暑托班)</source>
            <translation>暑托班</translation>
        </message>
        <message>
            <source>Evening care (晚托班)</source>
            <translation>晚托班</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Authorised pick-up</source>
            <translation>授权接送人</translation>
        </message>
        <message>
            <source>Emergency only</source>
            <translation>仅紧急联系人</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>禁止接送</translation>
        </message>
        <message>
            <source>This adult is no longer on the child's list.</source>
            <translation>此成人已不在该儿童的接送名单上。</translation>
        </message>
        <message>
            <source>This adult is BLOCKED from collecting the child. Do not release the child.</source>
            <translation>此成人被【禁止接送】该儿童。请勿交出儿童。</translation>
        </message>
        <message>
            <source>not authorised that day</source>
            <translation>当日未获授权</translation>
        </message>
        <message>
            <source>emergency contact only</source>
            <translation>仅为紧急联系人</translation>
        </message>
        <message>
            <source>no longer on the list</source>
            <translation>已不在接送名单上</translation>
        </message>
        <message>
            <source>alone without consent</source>
            <translation>无同意书自行离开</translation>
        </message>
        <message>
            <source>not on the list</source>
            <translation>不在接送名单上</translation>
        </message>
        <message>
            <source>This adult is an emergency contact only and is not authorised to collect the child.</source>
            <translation>此成人仅为紧急联系人，未获授权接走儿童。</translation>
        </message>
        <message>
            <source>This adult's authorisation starts on {day}.</source>
            <translation>此成人的接送授权自 {day} 起生效。</translation>
        </message>
        <message>
            <source>This adult's authorisation ended on {day}.</source>
            <translation>此成人的接送授权已于 {day} 到期。</translation>
        </message>
        <message>
            <source>This child may not leave alone: no guardian's written consent is on file.</source>
            <translation>该儿童不可自行离开：没有监护人的书面同意。</translation>
        </message>
        <message>
            <source>This adult is not on the child's list.</source>
            <translation>此人不在该儿童的接送名单上。</translation>
        </message>
        <message>
            <source>Enter the name of the adult collecting the child.</source>
            <translation>请填写来接孩子的成年人姓名。</translation>
        </message>
        <message>
            <source>The name contains a control character that cannot be stored; type it again.</source>
            <translation>姓名中有无法保存的控制字符，请重新输入。</translation>
        </message>
        <message>
            <source>Enter the adult's phone number or ID number.</source>
            <translation>请填写此人的手机号或身份证号。</translation>
        </message>
        <message>
            <source>This adult matches an adult who is BLOCKED from collecting this child (same person, phone, ID number or name). They cannot be added to the child's list.</source>
            <translation>此人与该儿童的【禁止接送】人员相符（同一人、电话、身份证号或姓名），不能加入接送名单。</translation>
        </message>
        <message>
            <source>Lifting a block (禁止接送) needs the approval of an administrator (another account) and a reason.</source>
            <translation>解除禁止接送须由管理员（另一个账号）批准，并填写原因。</translation>
        </message>
        <message>
            <source>{name} may not lift a block: only an administrator can.</source>
            <translation>{name}无权解除禁止接送：只有管理员可以。</translation>
        </message>
        <message>
            <source>The approval must come from another person: the approver cannot be the account recording it.</source>
            <translation>须由另一位同事批准：批准人不能是办理人本人。</translation>
        </message>
        <message>
            <source>{name} may not approve releasing a child: only childcare staff or an administrator can.</source>
            <translation>{name}无权批准放行：只有托管工作人员或管理员可以批准。</translation>
        </message>
        <message>
            <source>{name} (not on the list: {details})</source>
            <translation>{name}（名单外：{details}）</translation>
        </message>
        <message>
            <source>Give the program a name.</source>
            <translation>请填写项目名称。</translation>
        </message>
        <message>
            <source>Choose the type of program.</source>
            <translation>请选择项目类型。</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>学期结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The daily window must open before it closes.</source>
            <translation>每日开放时间必须早于结束时间。</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>请至少选择一个星期几。</translation>
        </message>
        <message>
            <source>Capacity must be at least 1.</source>
            <translation>名额至少为 1。</translation>
        </message>
        <message>
            <source>The ratio must be at least one child per staff member.</source>
            <translation>师生比至少为每名工作人员 1 名儿童。</translation>
        </message>
        <message>
            <source>Unknown program option.</source>
            <translation>未知的项目选项。</translation>
        </message>
        <message>
            <source>Group names must be different and contain no commas.</source>
            <translation>分组名称不能重复，且不能包含逗号。</translation>
        </message>
        <message>
            <source>Too many or too long group names.</source>
            <translation>分组太多或名称太长。</translation>
        </message>
        <message>
            <source>The absence cut-off must lie within the daily window.</source>
            <translation>缺勤截止时间必须在每日时段之内。</translation>
        </message>
        <message>
            <source>No such program.</source>
            <translation>没有这个项目。</translation>
        </message>
        <message>
            <source>Children are still enrolled in group {group}.</source>
            <translation>{group} 还有报名的儿童。</translation>
        </message>
        <message>
            <source>Children are still enrolled with an option you removed.</source>
            <translation>还有儿童报名了您删除的服务选项。</translation>
        </message>
        <message>
            <source>Children are still enrolled on a weekday you removed.</source>
            <translation>还有儿童报名了您删除的星期。</translation>
        </message>
        <message>
            <source>Enter the child's name.</source>
            <translation>请填写儿童姓名。</translation>
        </message>
        <message>
            <source>Choose the child's gender.</source>
            <translation>请选择儿童性别。</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>出生日期晚于今天。</translation>
        </message>
        <message>
            <source>This birth date is not a child's.</source>
            <translation>这个出生日期不是儿童的。</translation>
        </message>
        <message>
            <source>Keep the allergy note short (60 characters at most).</source>
            <translation>过敏说明请简短（最多 60 个字）。</translation>
        </message>
        <message>
            <source>Only childcare staff may record the medical note.</source>
            <translation>只有托管工作人员可以填写病史备注。</translation>
        </message>
        <message>
            <source>The linked resident record does not exist.</source>
            <translation>关联的居民档案不存在。</translation>
        </message>
        <message>
            <source>Choose the contact's role.</source>
            <translation>请选择联系人身份。</translation>
        </message>
        <message>
            <source>The authorisation ends before it starts.</source>
            <translation>授权结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Enter up to six last digits of the ID number.</source>
            <translation>请输入身份证号后几位（最多 6 位）。</translation>
        </message>
        <message>
            <source>Only a guardian can give consent for the child to leave alone.</source>
            <translation>只有监护人可以同意儿童自行离开。</translation>
        </message>
        <message>
            <source>{program} is full on those dates ({count} of {capacity}).</source>
            <translation>{program} 在这些日期已满（{count} / {capacity}）。</translation>
        </message>
        <message>
            <source>Give the reason for the override.</source>
            <translation>请填写强制放行的理由。</translation>
        </message>
        <message>
            <source>This release was an override: correcting it needs the approval of another account that may approve overrides.</source>
            <translation>这次放行是特批放行：更正须由另一位有特批权限的同事批准。</translation>
        </message>
        <message>
            <source>{time} {adult} ({kind}): approved by {who}: {reason} — VOIDED by {by}: {why}</source>
            <translation>{time} {adult}（{kind}），批准人：{who}，原因：{reason} —— 已作废，作废人：{by}，原因：{why}</translation>
        </message>
        <message>
            <source>Write one short name per staff member.</source>
            <translation>每位老师写一个简短的名字。</translation>
        </message>
        <message>
            <source>No such child.</source>
            <translation>没有这个儿童。</translation>
        </message>
        <message>
            <source>Unknown adult: register them as a resident first.</source>
            <translation>未知的成人：请先登记为居民。</translation>
        </message>
        <message>
            <source>This adult is already on the child's list.</source>
            <translation>此成人已在该儿童的名单上。</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>No such contact.</source>
            <translation>没有这个联系人。</translation>
        </message>
        <message>
            <source>Choose one of the program's groups.</source>
            <translation>请选择项目中的一个分组。</translation>
        </message>
        <message>
            <source>Choose weekdays on which the program runs.</source>
            <translation>请选择项目开放的星期。</translation>
        </message>
        <message>
            <source>The enrolment dates must lie within the program's term.</source>
            <translation>报名日期必须在项目学期之内。</translation>
        </message>
        <message>
            <source>The program does not offer that option.</source>
            <translation>该项目不提供此选项。</translation>
        </message>
        <message>
            <source>{child} is already enrolled in {program} at overlapping days and times.</source>
            <translation>{child} 已报名 {program}，日期和时间有重叠。</translation>
        </message>
        <message>
            <source>{program} is full ({count} of {capacity}). Give a reason to enrol anyway.</source>
            <translation>{program} 已满（{count}/{capacity}）。如仍要报名，请填写原因。</translation>
        </message>
        <message>
            <source>Add a new contact for another adult.</source>
            <translation>换成另一位成人请新增联系人。</translation>
        </message>
        <message>
            <source>No such enrolment.</source>
            <translation>没有这条报名记录。</translation>
        </message>
        <message>
            <source>This code is not from a childcare sign-in sheet.</source>
            <translation>此二维码不是托管签到表上的。</translation>
        </message>
        <message>
            <source>The time is in the future.</source>
            <translation>时间晚于现在。</translation>
        </message>
        <message>
            <source>Unknown adult: this person is not on the child's list.</source>
            <translation>未知的成人：此人不在该儿童的名单上。</translation>
        </message>
        <message>
            <source>Unknown sign-in method.</source>
            <translation>未知的签到方式。</translation>
        </message>
        <message>
            <source>{child} is not enrolled today.</source>
            <translation>{child} 今天没有报名。</translation>
        </message>
        <message>
            <source>{time} is outside today's window ({start}–{end}).</source>
            <translation>{time} 不在今天的开放时间内（{start}–{end}）。</translation>
        </message>
        <message>
            <source>{child} is already signed in today.</source>
            <translation>{child} 今天已经签到。</translation>
        </message>
        <message>
            <source>Choose the adult collecting the child.</source>
            <translation>请选择接走儿童的成人。</translation>
        </message>
        <message>
            <source>{child} has not been signed in today.</source>
            <translation>{child} 今天还没有签到。</translation>
        </message>
        <message>
            <source>{child} has already been signed out today.</source>
            <translation>{child} 今天已经签退。</translation>
        </message>
        <message>
            <source>The sign-out time is before the sign-in time.</source>
            <translation>签退时间早于签到时间。</translation>
        </message>
        <message>
            <source>Give a reason for the correction.</source>
            <translation>请填写更正原因。</translation>
        </message>
        <message>
            <source>No such attendance record.</source>
            <translation>没有这条考勤记录。</translation>
        </message>
        <message>
            <source>Correct the sign-out first.</source>
            <translation>请先更正签退记录。</translation>
        </message>
        <message>
            <source>Choose the reason for the absence.</source>
            <translation>请选择缺勤原因。</translation>
        </message>
        <message>
            <source>The day is in the future.</source>
            <translation>日期晚于今天。</translation>
        </message>
        <message>
            <source>{child} is already signed in or marked absent.</source>
            <translation>{child} 已签到或已登记缺勤。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>过敏</translation>
        </message>
        <message>
            <source>In</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Brought by</source>
            <translation>送来人</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>签退</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>接走人</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>二维码</translation>
        </message>
        <message>
            <source>(left alone)</source>
            <translation>（自行离开）</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <source>[override approved by {who}]</source>
            <translation>[强制放行，批准人：{who}]</translation>
        </message>
        <message>
            <source>[a release by override was voided]</source>
            <translation>［有一次特批放行已作废］</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>Day's attendance record: {program}</source>
            <translation>当日签到签退记录：{program}</translation>
        </message>
        <message>
            <source>Sign-in sheet: {program}</source>
            <translation>签到表：{program}</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>分组：{group}</translation>
        </message>
        <message>
            <source>all groups</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Window: {start}–{end}</source>
            <translation>时间：{start}–{end}</translation>
        </message>
        <message>
            <source>Children: {n}</source>
            <translation>人数：{n}</translation>
        </message>
        <message>
            <source>Staff on duty: ____________    Checked by: ____________</source>
            <translation>值班人员：____________    核对人：____________</translation>
        </message>
        <message>
            <source>Staff on duty: {names}    Checked by: ____________</source>
            <translation>在岗老师：{names}    核对人：____________</translation>
        </message>
        <message>
            <source>Released by override: {n}</source>
            <translation>特批放行：{n} 人</translation>
        </message>
        <message>
            <source>{time} {child} → {adult} ({kind}): approved by {who}</source>
            <translation>{time} {child} → {adult}（{kind}），批准人：{who}</translation>
        </message>
        <message>
            <source>Releases by override voided (corrected): {n}</source>
            <translation>已作废（更正）的特批放行：{n}</translation>
        </message>
        <message>
            <source>Record printed {at}.</source>
            <translation>记录打印于 {at}。</translation>
        </message>
        <message>
            <source>no sign-out</source>
            <translation>未签退</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Weekly attendance: {program}</source>
            <translation>每周考勤：{program}</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>{day} 当周</translation>
        </message>
        <message>
            <source>Attendances: {n}  Missing sign-outs: {m}</source>
            <translation>出勤人次：{n}  未签退：{m}</translation>
        </message>
        <message>
            <source>Releases by override: {n}</source>
            <translation>特批放行：{n} 次</translation>
        </message>
        <message>
            <source>{day} {time} {child} → {adult} ({kind}): approved by {staff} — {reason}</source>
            <translation>{day} {time} {child} → {adult}（{kind}），批准人：{staff}，原因：{reason}</translation>
        </message>
        <message>
            <source>[VOIDED by {by}: {why}]</source>
            <translation>［已作废，作废人：{by}，原因：{why}］</translation>
        </message>
    </context>
    <context>
        <name>ChildcareChildModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Grade and class</source>
            <translation>年级班级</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>过敏</translation>
        </message>
        <message>
            <source>Enrolled in</source>
            <translation>已报名</translation>
        </message>
    </context>
    <context>
        <name>ChildcareContactModel</name>
        <message>
            <source>Adult</source>
            <translation>成人</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Consent to leave alone</source>
            <translation>同意自行离开</translation>
        </message>
        <message>
            <source>May collect today</source>
            <translation>今天可接</translation>
        </message>
    </context>
    <context>
        <name>ChildcareDayModel</name>
        <message>
            <source>Child</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>过敏</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>In</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>签退</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>接走人</translation>
        </message>
    </context>
    <context>
        <name>ChildcareEnrolmentModel</name>
        <message>
            <source>Program</source>
            <translation>项目</translation>
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
            <source>Dates</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>ChildcareForms</name>
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
            <source>Lunch</source>
            <translation>午餐</translation>
        </message>
        <message>
            <source>Nap</source>
            <translation>午休</translation>
        </message>
        <message>
            <source>Homework tutoring</source>
            <translation>作业辅导</translation>
        </message>
        <message>
            <source>Pick-up from school</source>
            <translation>放学接送</translation>
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
            <source>Correct what is marked in red first.</source>
            <translation>请先改正标红的内容。</translation>
        </message>
    </context>
    <context>
        <name>ChildcarePage</name>
        <message>
            <source>Program</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Find or scan a child</source>
            <translation>查找或扫码</translation>
        </message>
        <message>
            <source>Name, or scan the code on the sheet, then Enter</source>
            <translation>输入姓名，或扫描签到表上的二维码，回车</translation>
        </message>
        <message>
            <source>Staff on duty</source>
            <translation>值班老师</translation>
        </message>
        <message>
            <source>Names, separated by commas, then Enter</source>
            <translation>姓名，用逗号分隔，按回车</translation>
        </message>
        <message>
            <source>Who is on duty today: the ratio counts them and the day's record prints them.</source>
            <translation>今天在岗的老师：师生比按此计算，当天记录会打印。</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>托管</translation>
        </message>
        <message>
            <source>Today's children</source>
            <translation>今天的儿童</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>成人</translation>
        </message>
        <message>
            <source>Enter signs the child in, or out if they are in.</source>
            <translation>回车：签到；孩子已在园则签退。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>Leave empty for now, or write HH:MM to record an earlier time today.</source>
            <translation>留空为现在，或填写 时:分 补记今天较早的时间。</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>签退</translation>
        </message>
        <message>
            <source>Release with override…</source>
            <translation>强制放行…</translation>
        </message>
        <message>
            <source>Absence reason</source>
            <translation>缺勤原因</translation>
        </message>
        <message>
            <source>Notified by family</source>
            <translation>家长已告知</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>生病</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Mark absent</source>
            <translation>登记缺勤</translation>
        </message>
        <message>
            <source>Group of the sheet</source>
            <translation>签到表分组</translation>
        </message>
        <message>
            <source>Which group's sign-in sheet to print.</source>
            <translation>打印哪个分组的签到表。</translation>
        </message>
        <message>
            <source>Blank sheet</source>
            <translation>空白签到表</translation>
        </message>
        <message>
            <source>Day's record</source>
            <translation>当日记录</translation>
        </message>
        <message>
            <source>Week summary</source>
            <translation>周汇总</translation>
        </message>
        <message>
            <source>Release refused</source>
            <translation>拒绝放行</translation>
        </message>
        <message>
            <source>Today's figures</source>
            <translation>今日人数</translation>
        </message>
        <message>
            <source>Sign in / out</source>
            <translation>签到 / 签退</translation>
        </message>
        <message>
            <source>Live board</source>
            <translation>实时看板</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>Programs</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>全部分组</translation>
        </message>
        <message>
            <source>This program has no groups.</source>
            <translation>该项目没有分组。</translation>
        </message>
        <message>
            <source>Loading the day…</source>
            <translation>正在读取今天的名单…</translation>
        </message>
        <message>
            <source>In now: {n} / capacity {cap} · expected {exp} · absent {abs} · gone {gone}</source>
            <translation>在园 {n} / 名额 {cap} · 未到 {exp} · 缺勤 {abs} · 已离开 {gone}</translation>
        </message>
        <message>
            <source>staff needed {need}</source>
            <translation>需工作人员 {need} 名</translation>
        </message>
        <message>
            <source>Closing time {time} has passed: {n} not signed out — {names}</source>
            <translation>已过闭园时间 {time}：{n} 人未签退 — {names}</translation>
        </message>
        <message>
            <source>Signed in already: sign out when the child leaves.</source>
            <translation>已签到：孩子离开时再签退。</translation>
        </message>
        <message>
            <source>Signed out already today.</source>
            <translation>今天已签退。</translation>
        </message>
        <message>
            <source>Not signed in yet: sign in first.</source>
            <translation>还没签到：请先签到。</translation>
        </message>
        <message>
            <source>BLOCKED — do not release {child} to {adult}: this adult may never collect the child and no override exists. The attempt has been recorded.</source>
            <translation>禁止接送 —— 不得将{child}交给{adult}：此人被禁止接送该儿童，任何人都不能强制放行。本次尝试已记录。</translation>
        </message>
        <message>
            <source>— choose the adult —</source>
            <translation>— 请选择接送成人 —</translation>
        </message>
        <message>
            <source>ID ends {digits}</source>
            <translation>身份证尾号 {digits}</translation>
        </message>
        <message>
            <source>Alone (consent needed)</source>
            <translation>自行离开（需同意书）</translation>
        </message>
        <message>
            <source>This code is from the sheet of {day}, not today.</source>
            <translation>此二维码来自 {day} 的签到表，不是今天的。</translation>
        </message>
        <message>
            <source>{child} is not enrolled today.</source>
            <translation>{child} 今天没有报名。</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, e.g. 16:30, or leave it empty for now.</source>
            <translation>时间请写成 时:分，如 16:30；留空为现在。</translation>
        </message>
        <message>
            <source>Choose a child first.</source>
            <translation>请先选择儿童。</translation>
        </message>
        <message>
            <source>{child} signed in.</source>
            <translation>{child} 已签到。</translation>
        </message>
        <message>
            <source>{child} signed out.</source>
            <translation>{child} 已签退。</translation>
        </message>
        <message>
            <source>(override recorded)</source>
            <translation>（已记录强制放行）</translation>
        </message>
        <message>
            <source>Preparing the PDF…</source>
            <translation>正在生成 PDF…</translation>
        </message>
    </context>
    <context>
        <name>ChildcareProfile</name>
        <message>
            <source>Childcare</source>
            <translation>托管</translation>
        </message>
        <message>
            <source>{child} is enrolled in {program} {group} until {end}</source>
            <translation>{child} 已报名 {program} {group}，至 {end}</translation>
        </message>
        <message>
            <source>Children and pick-up authorisations</source>
            <translation>儿童及接送授权</translation>
        </message>
        <message>
            <source>valid {start} – {end}</source>
            <translation>有效期 {start} – {end}</translation>
        </message>
        <message>
            <source>not valid today</source>
            <translation>今日无效</translation>
        </message>
    </context>
    <context>
        <name>ChildcareProgramModel</name>
        <message>
            <source>Program</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>学期</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Daily window</source>
            <translation>每日时段</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Children per staff</source>
            <translation>师生比（每位老师）</translation>
        </message>
    </context>
    <context>
        <name>ChildrenPanel</name>
        <message>
            <source>Find a child</source>
            <translation>查找儿童</translation>
        </message>
        <message>
            <source>Name or school</source>
            <translation>姓名或学校</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>儿童</translation>
        </message>
        <message>
            <source>New child…</source>
            <translation>新建儿童…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>归档…</translation>
        </message>
        <message>
            <source>Choose a child first.</source>
            <translation>请先选择一个儿童。</translation>
        </message>
        <message>
            <source>Archive child</source>
            <translation>归档儿童</translation>
        </message>
        <message>
            <source>Why does {name} leave the center?</source>
            <translation>{name} 为什么离开中心？</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit adult</source>
            <translation>编辑成人</translation>
        </message>
        <message>
            <source>Add an adult to the child's list</source>
            <translation>添加成人到儿童名单</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>成人</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>e.g. 母亲, 外婆, 邻居</source>
            <translation>如 母亲、外婆、邻居</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>有效期起</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or empty</source>
            <translation>年-月-日 或留空</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>有效期止</translation>
        </message>
        <message>
            <source>Today only</source>
            <translation>仅限今天</translation>
        </message>
        <message>
            <source>One-day authorisation for today</source>
            <translation>今天一天的授权</translation>
        </message>
        <message>
            <source>Last digits of ID checked</source>
            <translation>已核对身份证后几位</translation>
        </message>
        <message>
            <source>e.g. 1234</source>
            <translation>如 1234</translation>
        </message>
        <message>
            <source>Written consent for the child to leave alone is on file</source>
            <translation>已存档监护人同意儿童自行离开的书面说明</translation>
        </message>
        <message>
            <source>Adult *</source>
            <translation>成人 *</translation>
        </message>
        <message>
            <source>Valid (from – to)</source>
            <translation>有效期（起 – 止）</translation>
        </message>
        <message>
            <source>ID digits checked</source>
            <translation>核对身份证后几位</translation>
        </message>
        <message>
            <source>A guardian may collect the child and may give consent for them to leave alone.</source>
            <translation>监护人可以接孩子，也可以书面同意孩子自行离开。</translation>
        </message>
        <message>
            <source>An authorised adult may collect the child on the valid days.</source>
            <translation>授权接送人在有效期内可以接孩子。</translation>
        </message>
        <message>
            <source>Called in an emergency; may NOT collect the child.</source>
            <translation>仅紧急联系，不能接孩子。</translation>
        </message>
        <message>
            <source>May never collect the child. The desk refuses them.</source>
            <translation>任何时候都不能接孩子，服务台会拒绝。</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</source>
            <translation>日期请写成 年-月-日，如 2026-11-30。</translation>
        </message>
        <message>
            <source>Find and choose the adult (register them as a resident first).</source>
            <translation>请查找并选择这位成人（需先登记为居民）。</translation>
        </message>
        <message>
            <source>Lift the block</source>
            <translation>解除禁止接送</translation>
        </message>
        <message>
            <source>Why is the block (禁止接送) lifted?</source>
            <translation>为什么解除禁止接送？</translation>
        </message>
        <message>
            <source>Not approved: the block stays.</source>
            <translation>未获批准：禁止接送仍然有效。</translation>
        </message>
        <message>
            <source>Lift a pick-up block (禁止接送). Reason: {reason} An administrator approves; not {name}.</source>
            <translation>解除禁止接送。原因：{reason}　须由管理员批准，不能由{name}本人批准。</translation>
        </message>
    </context>
    <context>
        <name>ContactModel</name>
        <message>
            <source>always</source>
            <translation>长期</translation>
        </message>
        <message>
            <source>{day} only</source>
            <translation>仅 {day}</translation>
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
        <name>DayModel</name>
        <message>
            <source>In</source>
            <translation>在园</translation>
        </message>
        <message>
            <source>Gone home</source>
            <translation>已离开</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>未到</translation>
        </message>
        <message>
            <source>(alone)</source>
            <translation>（自行离开）</translation>
        </message>
        <message>
            <source>[override]</source>
            <translation>[特批]</translation>
        </message>
        <message>
            <source>Released by override: {who}</source>
            <translation>特批放行：{who}</translation>
        </message>
        <message>
            <source>Closing time has passed and this child is not signed out.</source>
            <translation>已过结束时间，该儿童尚未签退。</translation>
        </message>
        <message>
            <source>Not arrived and no absence recorded after the cut-off time.</source>
            <translation>已过截止时间，未到且未登记缺勤。</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Change enrolment</source>
            <translation>修改报名</translation>
        </message>
        <message>
            <source>Enrol in a program</source>
            <translation>报名项目</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Reason to enrol although full</source>
            <translation>满员仍报名的理由</translation>
        </message>
        <message>
            <source>Why enrol although full</source>
            <translation>满员为什么仍要报名</translation>
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
            <source>Dates (from – to)</source>
            <translation>日期（起 – 止）</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Capacity override</source>
            <translation>超员特批</translation>
        </message>
        <message>
            <source>(no groups)</source>
            <translation>（不分组）</translation>
        </message>
        <message>
            <source>Add a program first (Programs tab).</source>
            <translation>请先添加项目（项目页）。</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</source>
            <translation>日期请写成 年-月-日，如 2026-11-30。</translation>
        </message>
        <message>
            <source>Enter both dates.</source>
            <translation>请填写起止日期。</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>已占 {taken} / {capacity} 个名额</translation>
        </message>
        <message>
            <source>The program is full: give a reason to enrol anyway.</source>
            <translation>项目已满：请填写仍要报名的理由。</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Edit program</source>
            <translation>编辑项目</translation>
        </message>
        <message>
            <source>New program</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <source>Program name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>学期开始</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>学期结束</translation>
        </message>
        <message>
            <source>Opens at</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Closes at</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Absence cut-off</source>
            <translation>缺勤截止时间</translation>
        </message>
        <message>
            <source>HH:MM (empty: 30 minutes after opening)</source>
            <translation>时:分（留空：开始后 30 分钟）</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>e.g. 一年级, 二年级 (may be empty)</source>
            <translation>如 一年级、二年级（可留空）</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Children per staff member</source>
            <translation>每位老师带几名儿童</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>名称 *</translation>
        </message>
        <message>
            <source>Term (from – to)</source>
            <translation>学期（起 – 止）</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Daily window (opens – closes)</source>
            <translation>每日时段（开始 – 结束）</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>服务选项</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>日期请写成 年-月-日，如 2026-09-01。</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, e.g. 16:30.</source>
            <translation>时间请写成 时:分，如 16:30。</translation>
        </message>
        <message>
            <source>Enter both term dates.</source>
            <translation>请填写学期起止日期。</translation>
        </message>
        <message>
            <source>Enter the opening and closing times.</source>
            <translation>请填写开始和结束时间。</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPanel</name>
        <message>
            <source>Programs</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>New program…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>归档…</translation>
        </message>
        <message>
            <source>Choose a program first.</source>
            <translation>请先选择一个项目。</translation>
        </message>
        <message>
            <source>Archive program</source>
            <translation>归档项目</translation>
        </message>
        <message>
            <source>Why is {name} closed?</source>
            <translation>{name} 为什么关闭？</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <source>Release with a supervisor's approval</source>
            <translation>经主管批准放行</translation>
        </message>
        <message>
            <source>{child}: release to an adult the rules refuse, with the approval of childcare staff or an administrator. A blocked adult can never take the child.</source>
            <translation>{child}：按规定不能放行的情况，须经托管工作人员或管理员批准才能放行。被禁止接送的人在任何情况下都不能接走孩子。</translation>
        </message>
        <message>
            <source>Adult collecting the child</source>
            <translation>来接孩子的成年人</translation>
        </message>
        <message>
            <source>— choose the adult —</source>
            <translation>— 请选择接送人 —</translation>
        </message>
        <message>
            <source>Alone (consent needed)</source>
            <translation>自行离开（须有同意书）</translation>
        </message>
        <message>
            <source>An adult not on the list…</source>
            <translation>名单外的成年人…</translation>
        </message>
        <message>
            <source>Name of the adult not on the list</source>
            <translation>名单外成年人的姓名</translation>
        </message>
        <message>
            <source>Phone of the adult</source>
            <translation>此人的手机号</translation>
        </message>
        <message>
            <source>Phone, or the ID number below</source>
            <translation>手机号，或在下方填身份证号</translation>
        </message>
        <message>
            <source>ID number of the adult</source>
            <translation>此人的身份证号</translation>
        </message>
        <message>
            <source>From the ID card shown; stored masked</source>
            <translation>按出示的身份证填写；仅保存脱敏号码</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>强制放行的理由</translation>
        </message>
        <message>
            <source>e.g. the mother phoned; called back on the number on file</source>
            <translation>例如：妈妈来电委托，已按登记电话回拨核实</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>接送人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Approve and release…</source>
            <translation>申请批准并放行…</translation>
        </message>
        <message>
            <source>Another person approves: {name} cannot approve their own release.</source>
            <translation>须由另一位同事批准：{name}不能批准自己办理的放行。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose the adult collecting the child first.</source>
            <translation>请先选择来接孩子的成年人。</translation>
        </message>
        <message>
            <source>Enter the name of the adult collecting the child.</source>
            <translation>请填写来接孩子的成年人姓名。</translation>
        </message>
        <message>
            <source>Enter the adult's phone number or ID number.</source>
            <translation>请填写此人的手机号或身份证号。</translation>
        </message>
        <message>
            <source>Give the reason for the override.</source>
            <translation>请填写强制放行的理由。</translation>
        </message>
        <message>
            <source>Release {child}: {refusal} Reason: {reason}</source>
            <translation>放行{child}：{refusal} 理由：{reason}</translation>
        </message>
        <message>
            <source>Not approved: the child has not been released.</source>
            <translation>未获批准：孩子没有放行。</translation>
        </message>
    </context>
</TS>
