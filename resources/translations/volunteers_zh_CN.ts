<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>HoursTab</name>
        <message>
            <source>Hours waiting for approval</source>
            <translation>待审核时长</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>驳回…</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Last decision</source>
            <translation>上次审核结果</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Hours by month (PDF)</source>
            <translation>月度时长表（PDF）</translation>
        </message>
        <message>
            <source>Hours by month (Excel)</source>
            <translation>月度时长表（Excel）</translation>
        </message>
        <message>
            <source>Find a volunteer</source>
            <translation>查找志愿者</translation>
        </message>
        <message>
            <source>Name, initials or phone, then Enter</source>
            <translation>姓名、拼音首字母或电话，回车查找</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Day served</source>
            <translation>服务日期</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>时长</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <source>What the volunteer did, and why it is entered by hand</source>
            <translation>志愿者做了什么、为何手工补录</translation>
        </message>
        <message>
            <source>Add hours for approval</source>
            <translation>补录时长（待审核）</translation>
        </message>
        <message>
            <source>Hours served outside a shift</source>
            <translation>班次以外的服务时长</translation>
        </message>
        <message>
            <source>Day and hours</source>
            <translation>日期和时长</translation>
        </message>
        <message>
            <source>Choose the hours to decide first.</source>
            <translation>请先选择要审核的时长。</translation>
        </message>
        <message>
            <source>Reject hours</source>
            <translation>驳回时长</translation>
        </message>
        <message>
            <source>Why are these hours rejected?</source>
            <translation>驳回这些时长的原因？</translation>
        </message>
        <message>
            <source>Approved: {names}, {hours} h ({n} in all).</source>
            <translation>已通过：{names}，{hours} 小时（共 {n} 条）。</translation>
        </message>
        <message>
            <source>Rejected: {names}, {hours} h ({n} in all).</source>
            <translation>已驳回：{names}，{hours} 小时（共 {n} 条）。</translation>
        </message>
        <message>
            <source>Selected now: {name}, {day}.</source>
            <translation>当前选中：{name}，{day}。</translation>
        </message>
        <message>
            <source>Find and choose the volunteer first.</source>
            <translation>请先查找并选择志愿者。</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Volunteer hours by month</source>
            <translation>志愿服务时长月度统计</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>PendingHoursModel</name>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>复核</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>排班</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>手工登记</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>群众点单</translation>
        </message>
        <message>
            <source>Class taught</source>
            <translation>授课</translation>
        </message>
        <message>
            <source>Forgotten check-out: scheduled length credited</source>
            <translation>忘记签退：按排班时长计入</translation>
        </message>
    </context>
    <context>
        <name>QualificationsModel</name>
        <message>
            <source>Qualification</source>
            <translation>资质证书</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ 上一周</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>上一周</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>下一周 ▶</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>下一周</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Generate from weekly templates</source>
            <translation>按每周模板生成排班</translation>
        </message>
        <message>
            <source>Close today's shifts</source>
            <translation>今日班次结算</translation>
        </message>
        <message>
            <source>Print roster</source>
            <translation>打印排班表</translation>
        </message>
        <message>
            <source>Week roster</source>
            <translation>周排班表</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>People on the shift</source>
            <translation>本班次人员</translation>
        </message>
        <message>
            <source>Find a volunteer</source>
            <translation>查找志愿者</translation>
        </message>
        <message>
            <source>Name, initials or phone, then Enter</source>
            <translation>姓名、拼音首字母或电话，回车</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>报名</translation>
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation>加入候补</translation>
        </message>
        <message>
            <source>Drop…</source>
            <translation>取消报名…</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>取消报名</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Check out</source>
            <translation>签退</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>未到岗</translation>
        </message>
        <message>
            <source>Check-in time</source>
            <translation>签到时间</translation>
        </message>
        <message>
            <source>Check-out time</source>
            <translation>签退时间</translation>
        </message>
        <message>
            <source>Cancel shift…</source>
            <translation>取消班次…</translation>
        </message>
        <message>
            <source>Cancel shift</source>
            <translation>取消班次</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Day of the week</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Minimum people</source>
            <translation>最少人数</translation>
        </message>
        <message>
            <source>Maximum people</source>
            <translation>最多人数</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>所需技能</translation>
        </message>
        <message>
            <source>e.g. first aid</source>
            <translation>如：急救证</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. first aid</source>
            <translation>用逗号分隔，如：急救证</translation>
        </message>
        <message>
            <source>Add weekly shift</source>
            <translation>添加每周班次</translation>
        </message>
        <message>
            <source>New post…</source>
            <translation>新增岗位…</translation>
        </message>
        <message>
            <source>New post</source>
            <translation>新增岗位</translation>
        </message>
        <message>
            <source>Date of a one-off shift</source>
            <translation>单次班次日期</translation>
        </message>
        <message>
            <source>Add one-off shift</source>
            <translation>添加单次班次</translation>
        </message>
        <message>
            <source>Weekly or one-off shift</source>
            <translation>每周班次或单次班次</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>People (min – max)</source>
            <translation>人数（最少–最多）</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>{n} shifts added to this week.</source>
            <translation>本周新增 {n} 个班次。</translation>
        </message>
        <message>
            <source>{forgotten} forgotten check-outs sent to review, {absent} no-shows recorded.</source>
            <translation>{forgotten} 人忘记签退，已转入复核；记录未到岗 {absent} 人。</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>志愿者排班表</translation>
        </message>
        <message>
            <source>Choose a shift and a volunteer first.</source>
            <translation>请先选择班次和志愿者。</translation>
        </message>
        <message>
            <source>Sign-up refused</source>
            <translation>报名被拒绝</translation>
        </message>
        <message>
            <source>To override, give a reason (leave empty to cancel):</source>
            <translation>如需强制报名，请填写理由（留空则取消）：</translation>
        </message>
        <message>
            <source>This shift still has room: sign the volunteer up instead.</source>
            <translation>该班次还有空位，请直接报名。</translation>
        </message>
        <message>
            <source>Drop from the shift</source>
            <translation>取消报名</translation>
        </message>
        <message>
            <source>Why is {name} dropped?</source>
            <translation>{name} 取消报名的原因？</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist.</source>
            <translation>{name} 已从候补转为正式报名。</translation>
        </message>
        <message>
            <source>Choose a shift first.</source>
            <translation>请先选择班次。</translation>
        </message>
        <message>
            <source>Why is this shift cancelled? The volunteers on it should be told.</source>
            <translation>为什么取消这个班次？请记得通知已报名的志愿者。</translation>
        </message>
        <message>
            <source>Name of the post</source>
            <translation>岗位名称</translation>
        </message>
    </context>
    <context>
        <name>ShiftPeopleModel</name>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>考勤</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>Waitlist #{n}</source>
            <translation>候补第 {n} 位</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>未到岗</translation>
        </message>
        <message>
            <source>Checked out</source>
            <translation>已签退</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
    </context>
    <context>
        <name>Volunteers</name>
        <message>
            <source>Residents' requests (party member claims)</source>
            <translation>群众点单（党员领单）</translation>
        </message>
        <message>
            <source>Teaching classes and activities</source>
            <translation>课程与活动授课</translation>
        </message>
        <message>
            <source>Other community service</source>
            <translation>其他社区服务</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The volunteer was not found.</source>
            <translation>未找到该志愿者。</translation>
        </message>
        <message>
            <source>There are no approved hours for this volunteer in this period; no certificate issued.</source>
            <translation>该志愿者在此期间没有已审核的服务时长，未出具证明。</translation>
        </message>
        <message>
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>This certificate was never issued.</source>
            <translation>没有签发过这份证明。</translation>
        </message>
        <message>
            <source>Volunteer Service Record Certificate</source>
            <translation>志愿服务记录证明</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号：{number}</translation>
        </message>
        <message>
            <source>This is to certify that {name} ({id_type} {id_number}, volunteer number {vnum}) took part in volunteer service organised by {org} from {start} to {end}, with approved service hours totalling {hours} hours.</source>
            <translation>兹证明{name}（{id_type}：{id_number}，志愿者编号：{vnum}）于{start}至{end}期间参加{org}组织的志愿服务活动，经审核累计服务时长{hours}小时。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Service content:</source>
            <translation>服务内容：</translation>
        </message>
        <message>
            <source>{hours} hours</source>
            <translation>{hours} 小时</translation>
        </message>
        <message>
            <source>Total approved hours</source>
            <translation>累计审核时长</translation>
        </message>
        <message>
            <source>Special certificate.</source>
            <translation>特此证明。</translation>
        </message>
        <message>
            <source>Issuing organisation: {org}</source>
            <translation>出具单位：{org}</translation>
        </message>
        <message>
            <source>Person in charge: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <source>Contact: {phone}</source>
            <translation>联系电话：{phone}</translation>
        </message>
        <message>
            <source>Date of issue: {day}</source>
            <translation>出具日期：{day}</translation>
        </message>
        <message>
            <source>(seal)</source>
            <translation>（盖章）</translation>
        </message>
        <message>
            <source>Only approved hours are counted. Certificate number {number} can be verified with the issuer.</source>
            <translation>仅统计已审核的服务时长。证明编号 {number} 可向出具单位核验。</translation>
        </message>
        <message>
            <source>The resident was not found.</source>
            <translation>未找到该居民。</translation>
        </message>
        <message>
            <source>Minutes must be between 1 and 1440 (24 hours).</source>
            <translation>时长须在 1 至 1440 分钟（24 小时）之间。</translation>
        </message>
        <message>
            <source>Hours cannot be recorded for a day in the future.</source>
            <translation>不能登记未来日期的服务时长。</translation>
        </message>
        <message>
            <source>This would make more than 24 hours on {day} for this volunteer.</source>
            <translation>该志愿者 {day} 的服务时长将超过 24 小时。</translation>
        </message>
        <message>
            <source>Unknown source of hours.</source>
            <translation>未知的时长来源。</translation>
        </message>
        <message>
            <source>The hours entry was not found.</source>
            <translation>未找到该时长记录。</translation>
        </message>
        <message>
            <source>These hours have already been decided.</source>
            <translation>这些时长已审核过。</translation>
        </message>
        <message>
            <source>Give a reason for rejecting the hours.</source>
            <translation>请填写驳回理由。</translation>
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
            <source>[short]</source>
            <translation>【缺人】</translation>
        </message>
        <message>
            <source>+{n} waiting</source>
            <translation>候补 {n} 人</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>志愿者排班表</translation>
        </message>
        <message>
            <source>Week of {start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>(booked/maximum); [short]: below the minimum number of people</source>
            <translation>（已报名/上限）；【缺人】：低于最少人数</translation>
        </message>
        <message>
            <source>Volunteer hours by month</source>
            <translation>志愿服务时长月度统计</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>已审核小时</translation>
        </message>
        <message>
            <source>Pending hours</source>
            <translation>待审核小时</translation>
        </message>
        <message>
            <source>Total approved hours: {hours}</source>
            <translation>已审核合计：{hours} 小时</translation>
        </message>
        <message>
            <source>Total pending hours: {hours}</source>
            <translation>待审核时长合计：{hours} 小时</translation>
        </message>
        <message>
            <source>Hours have one decimal, rounded half up from the minutes; lines are shared out so that they add up to the total.</source>
            <translation>时长按分钟折算为小时，保留一位小数，四舍五入；各行数字经分配后与合计一致。</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Approved minutes</source>
            <translation>已审核分钟数</translation>
        </message>
        <message>
            <source>Pending minutes</source>
            <translation>待审核分钟数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>University student</source>
            <translation>大学生</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Canteen serving</source>
            <translation>食堂助餐</translation>
        </message>
        <message>
            <source>Homework tutoring</source>
            <translation>作业辅导</translation>
        </message>
        <message>
            <source>Front desk</source>
            <translation>前台接待</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>服务驿站</translation>
        </message>
        <message>
            <source>Door-to-door visits</source>
            <translation>入户走访</translation>
        </message>
        <message>
            <source>{start}-next day {end}</source>
            <translation>{start}-次日{end}</translation>
        </message>
        <message>
            <source>Times are written as HH:MM, e.g. 09:30.</source>
            <translation>时间格式为 时:分，例如 09:30。</translation>
        </message>
        <message>
            <source>Choose the type of volunteer.</source>
            <translation>请选择志愿者类型。</translation>
        </message>
        <message>
            <source>A university student needs a school and a student number.</source>
            <translation>大学生志愿者须填写学校和学号。</translation>
        </message>
        <message>
            <source>Each qualification needs a name, listed once.</source>
            <translation>每项资质都要有名称，且不能重复。</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>同意日期不能晚于今天。</translation>
        </message>
        <message>
            <source>A volunteer under 18 needs a guardian's name and the date of the guardian's consent.</source>
            <translation>未满 18 周岁的志愿者须填写监护人姓名及监护人同意日期。</translation>
        </message>
        <message>
            <source>This resident is already registered as a volunteer.</source>
            <translation>该居民已登记为志愿者。</translation>
        </message>
        <message>
            <source>{name} (expired {day})</source>
            <translation>{name}（{day} 已过期）</translation>
        </message>
        <message>
            <source>Give the post a name.</source>
            <translation>请填写岗位名称。</translation>
        </message>
        <message>
            <source>A post with this name already exists.</source>
            <translation>已有同名岗位。</translation>
        </message>
        <message>
            <source>This volunteer already has a shift on {day} {time} that overlaps.</source>
            <translation>该志愿者在 {day} {time} 已有时间重叠的班次。</translation>
        </message>
        <message>
            <source>The maximum number of people must be at least 1 and not below the minimum.</source>
            <translation>最多人数至少为 1，且不能少于最少人数。</translation>
        </message>
        <message>
            <source>The post was not found.</source>
            <translation>未找到该岗位。</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>请填写理由。</translation>
        </message>
        <message>
            <source>A shift must end after it starts (an end before the start means the next day).</source>
            <translation>班次结束时间不能与开始时间相同（结束早于开始表示次日结束）。</translation>
        </message>
        <message>
            <source>The shift was not found.</source>
            <translation>未找到该班次。</translation>
        </message>
        <message>
            <source>Someone has checked in on this shift; it cannot be cancelled.</source>
            <translation>该班次已有人签到，不能取消。</translation>
        </message>
        <message>
            <source>Choose a day of the week.</source>
            <translation>请选择星期。</translation>
        </message>
        <message>
            <source>Generate at most one year at a time.</source>
            <translation>一次最多生成一年的班次。</translation>
        </message>
        <message>
            <source>This volunteer is under 18 and has no guardian's consent on file.</source>
            <translation>该志愿者未满 18 周岁，且没有监护人同意书。</translation>
        </message>
        <message>
            <source>This volunteer is already on this shift.</source>
            <translation>该志愿者已在此班次中。</translation>
        </message>
        <message>
            <source>This shift requires {needs}, which this volunteer lacks. Override with a reason if they may serve anyway.</source>
            <translation>该班次要求：{needs}，这位志愿者不具备。如仍要安排，请填写原因后强制报名。</translation>
        </message>
        <message>
            <source>This shift is full ({count} people). Put the volunteer on the waitlist or override with a reason.</source>
            <translation>该班次已满（{count} 人）。请加入候补，或填写理由强制报名。</translation>
        </message>
        <message>
            <source>The sign-up was not found.</source>
            <translation>未找到该报名记录。</translation>
        </message>
        <message>
            <source>A volunteer who has checked in cannot be dropped.</source>
            <translation>已签到的志愿者不能取消报名。</translation>
        </message>
        <message>
            <source>The check-out ({out}) must be at least a minute after the check-in ({in_}): enter the time the volunteer left.</source>
            <translation>签退时间（{out}）须比签到时间（{in_}）至少晚一分钟：请填写志愿者实际离开的时间。</translation>
        </message>
        <message>
            <source>Only a booked volunteer can check in.</source>
            <translation>只有已报名的志愿者才能签到。</translation>
        </message>
        <message>
            <source>This volunteer has already checked in.</source>
            <translation>该志愿者已签到。</translation>
        </message>
        <message>
            <source>A check-in cannot be in the future.</source>
            <translation>签到时间不能晚于现在。</translation>
        </message>
        <message>
            <source>This volunteer has not checked in.</source>
            <translation>该志愿者尚未签到。</translation>
        </message>
        <message>
            <source>This volunteer has already checked out.</source>
            <translation>该志愿者已签退。</translation>
        </message>
        <message>
            <source>A check-out cannot be in the future.</source>
            <translation>签退时间不能晚于现在。</translation>
        </message>
        <message>
            <source>Only a booked volunteer can be marked as not shown.</source>
            <translation>只有已报名的志愿者才能记为未到岗。</translation>
        </message>
        <message>
            <source>Say what the volunteer did.</source>
            <translation>请填写服务内容。</translation>
        </message>
    </context>
    <context>
        <name>VolunteersModel</name>
        <message>
            <source>{name} (expired {day})</source>
            <translation>{name}（{day} 已过期）</translation>
        </message>
        <message>
            <source>{name} (until {day})</source>
            <translation>{name}（至 {day}）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>资质证书</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>志愿者编号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name}（已归档）</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Week roster</source>
            <translation>周排班表</translation>
        </message>
        <message>
            <source>Hours to approve</source>
            <translation>时长审核</translation>
        </message>
        <message>
            <source>Volunteers and certificates</source>
            <translation>志愿者与证明</translation>
        </message>
    </context>
    <context>
        <name>VolunteersProfile</name>
        <message>
            <source>Volunteer service</source>
            <translation>志愿服务</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>志愿者编号</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>已审核时长（小时）</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>待审核（小时）</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>排班服务</translation>
        </message>
        <message>
            <source>Residents' requests</source>
            <translation>群众点单</translation>
        </message>
        <message>
            <source>Other service</source>
            <translation>其他服务</translation>
        </message>
        <message>
            <source>Classes taught</source>
            <translation>授课</translation>
        </message>
    </context>
    <context>
        <name>VolunteersTab</name>
        <message>
            <source>Find a volunteer</source>
            <translation>查找志愿者</translation>
        </message>
        <message>
            <source>Name, initials, phone or volunteer number</source>
            <translation>姓名、拼音首字母、电话或志愿者编号</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Edit selected</source>
            <translation>编辑所选</translation>
        </message>
        <message>
            <source>New volunteer</source>
            <translation>新登记</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>归档…</translation>
        </message>
        <message>
            <source>Archive volunteer</source>
            <translation>归档志愿者</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Find the resident, then Enter</source>
            <translation>查找居民后回车</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>所在党支部</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Comma-separated</source>
            <translation>用逗号分隔</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可服务时间</translation>
        </message>
        <message>
            <source>e.g. weekday afternoons, weekends</source>
            <translation>如：工作日下午、周末</translation>
        </message>
        <message>
            <source>Volunteer number (志愿汇 / i志愿)</source>
            <translation>志愿者编号（志愿汇 / i志愿）</translation>
        </message>
        <message>
            <source>Guardian (under 18)</source>
            <translation>监护人（未满18周岁）</translation>
        </message>
        <message>
            <source>Guardian's consent on</source>
            <translation>监护人同意日期</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>资质证书</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>资质名称</translation>
        </message>
        <message>
            <source>e.g. first-aid certificate</source>
            <translation>如：急救证</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add qualification</source>
            <translation>添加资质</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove qualification</source>
            <translation>移除资质</translation>
        </message>
        <message>
            <source>Register volunteer</source>
            <translation>登记志愿者</translation>
        </message>
        <message>
            <source>Register a volunteer</source>
            <translation>登记志愿者</translation>
        </message>
        <message>
            <source>Volunteer number</source>
            <translation>志愿者编号</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Print the full ID number (recorded)</source>
            <translation>打印完整证件号（留痕）</translation>
        </message>
        <message>
            <source>Print the full ID number</source>
            <translation>打印完整证件号</translation>
        </message>
        <message>
            <source>Issue certificate</source>
            <translation>出具证明</translation>
        </message>
        <message>
            <source>Volunteer service record certificate</source>
            <translation>志愿服务记录证明</translation>
        </message>
        <message>
            <source>Edit volunteer: {name}</source>
            <translation>编辑志愿者：{name}</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>Type the name of the qualification.</source>
            <translation>请输入资质名称。</translation>
        </message>
        <message>
            <source>Find and choose the resident first.</source>
            <translation>请先查找并选择居民。</translation>
        </message>
        <message>
            <source>Choose a volunteer first.</source>
            <translation>请先选择志愿者。</translation>
        </message>
        <message>
            <source>{name} is archived already.</source>
            <translation>{name} 已归档。</translation>
        </message>
        <message>
            <source>Why does {name} stop volunteering? Their bookings on coming shifts are dropped.</source>
            <translation>{name} 不再参加志愿服务的原因？其后续班次的报名将被取消。</translation>
        </message>
        <message>
            <source>{name} archived; {n} coming bookings dropped.</source>
            <translation>{name} 已归档，取消了 {n} 个后续班次报名。</translation>
        </message>
        <message>
            <source>Certificate {number}</source>
            <translation>证明 {number}</translation>
        </message>
    </context>
</TS>
