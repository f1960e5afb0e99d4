<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
            <translation>该儿童不可独自离开：没有监护人的书面同意。</translation>
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
            <source>No such program.</source>
            <translation>没有这个项目。</translation>
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
            <translation>只有监护人可以同意儿童独自离开。</translation>
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
            <source>An override needs both a staff name and a reason.</source>
            <translation>强制放行需要填写工作人员姓名和原因。</translation>
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
            <translation>（独自离开）</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <source>[override: {who}]</source>
            <translation>[强制放行：{who}]</translation>
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
            <source>Sign-in sheet: {program}</source>
            <translation>签到表：{program}</translation>
        </message>
        <message>
            <source>{day} {weekday}  Group: {group}  Window: {start}–{end}  Children: {n}</source>
            <translation>{day} {weekday}  分组：{group}  时间：{start}–{end}  人数：{n}</translation>
        </message>
        <message>
            <source>Staff on duty: ____________    Checked by: ____________</source>
            <translation>值班人员：____________    核对人：____________</translation>
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
            <translation>值班人数</translation>
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
            <source>In now: {n} / capacity {cap} · expected {exp} · absent {abs} · gone {gone}</source>
            <translation>在园 {n} / 名额 {cap} · 未到 {exp} · 缺勤 {abs} · 已离开 {gone}</translation>
        </message>
        <message>
            <source>staff needed {need}</source>
            <translation>需工作人员 {need} 名</translation>
        </message>
        <message>
            <source>Alone (consent needed)</source>
            <translation>独自离开（需同意书）</translation>
        </message>
        <message>
            <source>This code is from the sheet of {day}, not today.</source>
            <translation>此二维码来自 {day} 的签到表，不是今天的。</translation>
        </message>
        <message>
            <source>No child enrolled today matches “{text}”.</source>
            <translation>今天报名的儿童中没有与“{text}”匹配的。</translation>
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
            <source>Override</source>
            <translation>强制放行</translation>
        </message>
        <message>
            <source>Staff member taking responsibility</source>
            <translation>负责的工作人员</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>强制放行的原因</translation>
        </message>
        <message>
            <source>{child} signed out.</source>
            <translation>{child} 已签退。</translation>
        </message>
        <message>
            <source>(override recorded)</source>
            <translation>（已记录强制放行）</translation>
        </message>
    </context>
    <context>
        <name>ChildcareProfile</name>
        <message>
            <source>Childcare</source>
            <translation>托管</translation>
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
            <translation>（独自）</translation>
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
</TS>
