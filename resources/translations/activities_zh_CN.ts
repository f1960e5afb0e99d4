<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Activities</name>
        <message>
            <source>This code is not from a class sign-in sheet.</source>
            <translation>这不是课程签到表上的二维码。</translation>
        </message>
        <message>
            <source>The session was not found.</source>
            <translation>找不到这次课。</translation>
        </message>
        <message>
            <source>This session was cancelled.</source>
            <translation>这次课已取消。</translation>
        </message>
        <message>
            <source>This session has not taken place yet.</source>
            <translation>这次课还没有开始上，不能签到。</translation>
        </message>
        <message>
            <source>{names} signed up on {since}, after this session ({day}); they cannot be marked present at it.</source>
            <translation>{names}是{since}报名的，晚于本次课（{day}），不能登记本次课出勤。</translation>
        </message>
        <message>
            <source>Only residents signed up for the course can be ticked.</source>
            <translation>只能勾选已报名本课程的居民。</translation>
        </message>
        <message>
            <source>Unticked on the list</source>
            <translation>在名单上取消勾选</translation>
        </message>
        <message>
            <source>Unknown way of taking attendance.</source>
            <translation>未知的签到方式。</translation>
        </message>
        <message>
            <source>The resident was not found.</source>
            <translation>找不到该居民。</translation>
        </message>
        <message>
            <source>{name} is not signed up for {course}.</source>
            <translation>{name}没有报名{course}。</translation>
        </message>
        <message>
            <source>This code is from the sheet of another session.</source>
            <translation>这是另一次课签到表上的二维码。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>二维码</translation>
        </message>
        <message>
            <source>Class sign-in sheet: {course}</source>
            <translation>课程签到表：{course}</translation>
        </message>
        <message>
            <source>{day} {time}  Place: {place}  Teacher: {teacher}  Signed up: {n}</source>
            <translation>{day} {time}；地点：{place}；授课老师：{teacher}；报名人数：{n}</translation>
        </message>
        <message>
            <source>Present: ______    Taken by: ____________    Teacher: ____________</source>
            <translation>实到：______人；记录人：____________；授课老师：____________</translation>
        </message>
        <message>
            <source>The course was not found.</source>
            <translation>找不到该课程。</translation>
        </message>
        <message>
            <source>A one-off event has no completion certificates.</source>
            <translation>一次性活动不发结业证书。</translation>
        </message>
        <message>
            <source>No session of this course has been held yet.</source>
            <translation>这门课还没有上过课（没有签到记录）。</translation>
        </message>
        <message>
            <source>The course has not finished yet: its term ends on {end}. Certificates can be issued once it is over.</source>
            <translation>课程尚未结课：本学期到{end}结束，结课后才能出具结业证书。</translation>
        </message>
        <message>
            <source>The course has not finished yet: its last session ({day}) has not been held (no attendance taken). Certificates can be issued once it is over.</source>
            <translation>课程尚未结课：最后一次课（{day}）还没有上（未登记出勤），结课后才能出具结业证书。</translation>
        </message>
        <message>
            <source>Nobody has attended {percent}% of the {held} sessions of the term; no certificate issued.</source>
            <translation>本学期共{held}次课，没有人出勤达到{percent}%，未出具证书。</translation>
        </message>
        <message>
            <source>Certificate of Completion</source>
            <translation>结业证书</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号：{number}</translation>
        </message>
        <message>
            <source>{name} took part in {course} ({kind}) from {start} to {end}, attended {attended} of its {sessions} sessions and has completed the course.</source>
            <translation>{name}于{start}至{end}参加{course}（{kind}）学习，共{sessions}次课，出勤{attended}次，完成学业，准予结业。</translation>
        </message>
        <message>
            <source>This certificate is hereby awarded.</source>
            <translation>特发此证。</translation>
        </message>
        <message>
            <source>Teacher: {name}</source>
            <translation>授课老师：{name}</translation>
        </message>
        <message>
            <source>Person in charge: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <source>Date of issue: {day}</source>
            <translation>发证日期：{day}</translation>
        </message>
        <message>
            <source>(seal)</source>
            <translation>（盖章）</translation>
        </message>
        <message>
            <source>Classes and activities by kind</source>
            <translation>活动与课程（按类型）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Courses running</source>
            <translation>开课数</translation>
        </message>
        <message>
            <source>Sign-ups</source>
            <translation>报名人次</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>上课次数</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>出勤人次</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>出勤率</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Classes and activities</source>
            <translation>活动与课程</translation>
        </message>
        <message>
            <source>Senior college course</source>
            <translation>老年大学课程</translation>
        </message>
        <message>
            <source>Arts or sports group</source>
            <translation>文体队伍</translation>
        </message>
        <message>
            <source>Interest class</source>
            <translation>兴趣班</translation>
        </message>
        <message>
            <source>One-off event</source>
            <translation>一次性活动</translation>
        </message>
        <message>
            <source>No teacher</source>
            <translation>无授课老师</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Partner organisation's teacher</source>
            <translation>合作单位外聘老师</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>候补</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已退课</translation>
        </message>
        <message>
            <source>{start}–next day {end}</source>
            <translation>{start}–次日{end}</translation>
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
            <source>Give the course a name.</source>
            <translation>请填写课程名称。</translation>
        </message>
        <message>
            <source>Choose what kind of course or activity this is.</source>
            <translation>请选择课程或活动的类型。</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The start time must be within the day (00:00–23:59).</source>
            <translation>开始时间须在当天内（00:00–23:59）。</translation>
        </message>
        <message>
            <source>A session must end after it starts.</source>
            <translation>下课时间必须晚于上课时间（时长至少1分钟）。</translation>
        </message>
        <message>
            <source>The capacity must be at least one person.</source>
            <translation>名额至少为1人。</translation>
        </message>
        <message>
            <source>The fee cannot be negative; 0 means free.</source>
            <translation>收费不能为负数；0表示免费。</translation>
        </message>
        <message>
            <source>The highest age is below the lowest age.</source>
            <translation>年龄上限低于年龄下限。</translation>
        </message>
        <message>
            <source>Unknown resident category: {tags}</source>
            <translation>未知的居民类别：{tags}</translation>
        </message>
        <message>
            <source>A one-off event has one session, not a weekly schedule.</source>
            <translation>一次性活动只有一次，不能设置每周上课日。</translation>
        </message>
        <message>
            <source>Choose who teaches.</source>
            <translation>请选择授课老师类型。</translation>
        </message>
        <message>
            <source>Find and choose the teacher.</source>
            <translation>请查找并选定授课老师。</translation>
        </message>
        <message>
            <source>{name} is not a volunteer; register them at the volunteers counter first.</source>
            <translation>{name}还不是志愿者，请先到志愿者窗口登记。</translation>
        </message>
        <message>
            <source>Choose the partner organisation.</source>
            <translation>请选择合作单位。</translation>
        </message>
        <message>
            <source>Type the outside teacher's name.</source>
            <translation>请填写外聘老师姓名。</translation>
        </message>
        <message>
            <source>The group was not found.</source>
            <translation>找不到该队伍。</translation>
        </message>
        <message>
            <source>The schedule changed.</source>
            <translation>课程安排已调整。</translation>
        </message>
        <message>
            <source>{name} is already entered with the same term, time and place ({schedule}, {place}). Open that course to change it instead.</source>
            <translation>{name}已经录入过，学期、时间和地点都相同（{schedule}，{place}）。如需修改，请打开那门课程。</translation>
        </message>
        <message>
            <source>no place given</source>
            <translation>未填地点</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>Attendance was taken at this session; it cannot be cancelled.</source>
            <translation>这次课已签到，不能取消。</translation>
        </message>
        <message>
            <source>Every {days} {times}</source>
            <translation>每{days} {times}</translation>
        </message>
        <message>
            <source>aged {low}–{high}</source>
            <translation>{low}–{high}岁</translation>
        </message>
        <message>
            <source>{low}+</source>
            <translation>{low}岁以上</translation>
        </message>
        <message>
            <source>up to {high}</source>
            <translation>{high}岁以下</translation>
        </message>
        <message>
            <source>This course has an age condition and {name}'s date of birth is not on record.</source>
            <translation>本课程有年龄要求，但档案中没有{name}的出生日期。</translation>
        </message>
        <message>
            <source>{name} was {age} when the course began ({start}); it is for people aged {low} and over.</source>
            <translation>{name}开课时（{start}）{age}岁，本课程只招收{low}周岁及以上的居民。</translation>
        </message>
        <message>
            <source>{name} was {age} when the course began ({start}); it is for people up to {high}.</source>
            <translation>{name}开课时（{start}）{age}岁，本课程只招收{high}周岁及以下的居民。</translation>
        </message>
        <message>
            <source>{name} is not in the category this course is for: {tags}.</source>
            <translation>{name}不属于本课程面向的居民类别：{tags}。</translation>
        </message>
        <message>
            <source>This course has ended; sign-ups are closed.</source>
            <translation>本课程已结束，不能再报名。</translation>
        </message>
        <message>
            <source>{name} is already signed up.</source>
            <translation>{name}已经报名了。</translation>
        </message>
        <message>
            <source>{name} is already on the waitlist.</source>
            <translation>{name}已在候补名单中。</translation>
        </message>
        <message>
            <source>{course} is full ({capacity} places). Put {name} on the waitlist?</source>
            <translation>{course}已报满（{capacity}个名额）。要把{name}加入候补吗？</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Choose cash, WeChat Pay or Alipay.</source>
            <translation>请选择现金、微信支付或支付宝。</translation>
        </message>
        <message>
            <source>This course is free: there is no fee to take.</source>
            <translation>这门课程免费，无需收费。</translation>
        </message>
        <message>
            <source>A resident on the waitlist pays only when a place comes to them.</source>
            <translation>候补的居民要等到有名额时才缴费。</translation>
        </message>
        <message>
            <source>This sign-up was withdrawn: no fee is taken for it.</source>
            <translation>这条报名已退出，不再收费。</translation>
        </message>
        <message>
            <source>The fee for this place is already paid.</source>
            <translation>这个名额的费用已经缴过了。</translation>
        </message>
        <message>
            <source>No fee was paid for this place: there is nothing to refund.</source>
            <translation>这个名额没有缴过费用，无需退费。</translation>
        </message>
        <message>
            <source>The fee for this place was already refunded.</source>
            <translation>这个名额的费用已经退过了。</translation>
        </message>
        <message>
            <source>The sign-up was not found.</source>
            <translation>找不到这条报名记录。</translation>
        </message>
        <message>
            <source>The fee is {fee}, not {amount}.</source>
            <translation>费用是 {fee}，不是 {amount}。</translation>
        </message>
        <message>
            <source>Say why the fee is refunded.</source>
            <translation>请说明退费原因。</translation>
        </message>
        <message>
            <source>Refunded {amount}</source>
            <translation>已退 {amount}</translation>
        </message>
        <message>
            <source>Paid {amount} ({receipt})</source>
            <translation>已缴 {amount}（{receipt}）</translation>
        </message>
        <message>
            <source>Pays when a place comes</source>
            <translation>有名额时缴费</translation>
        </message>
        <message>
            <source>Unpaid {amount}</source>
            <translation>未缴 {amount}</translation>
        </message>
        <message>
            <source>Give the event a name.</source>
            <translation>请填写活动名称。</translation>
        </message>
        <message>
            <source>Add at least one participant.</source>
            <translation>请至少添加一名参与者。</translation>
        </message>
        <message>
            <source>An event is recorded once it has taken place.</source>
            <translation>活动举办后才能登记。</translation>
        </message>
        <message>
            <source>The audience cannot be negative.</source>
            <translation>观众人数不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Classes and activities</source>
            <translation>活动与课程</translation>
        </message>
        <message>
            <source>Courses and sign-up</source>
            <translation>课程与报名</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>上课签到</translation>
        </message>
        <message>
            <source>Events and performances</source>
            <translation>演出与活动</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesProfile</name>
        <message>
            <source>Classes and activities</source>
            <translation>活动与课程</translation>
        </message>
        <message>
            <source>teaches; {held} sessions held</source>
            <translation>授课；已上{held}次课</translation>
        </message>
        <message>
            <source>took part on {day}</source>
            <translation>{day}参加</translation>
        </message>
        <message>
            <source>{status}; attended {attended} of {held}</source>
            <translation>{status}；出勤{attended}/{held}次</translation>
        </message>
    </context>
    <context>
        <name>ActivityAttendanceModel</name>
        <message>
            <source>Present</source>
            <translation>到课</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>签到方式</translation>
        </message>
        <message>
            <source>List</source>
            <translation>名单勾选</translation>
        </message>
        <message>
            <source>Sheet code</source>
            <translation>扫签到表</translation>
        </message>
    </context>
    <context>
        <name>ActivityCoursesModel</name>
        <message>
            <source>Course or group</source>
            <translation>课程/队伍</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>上课时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>授课老师</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>报名/名额</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>候补</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>报名条件</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>免费</translation>
        </message>
    </context>
    <context>
        <name>ActivityEnrolmentsModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出勤</translation>
        </message>
        <message>
            <source>Signed up on</source>
            <translation>报名日期</translation>
        </message>
    </context>
    <context>
        <name>ActivityFees</name>
        <message>
            <source>{course} costs {fee}. Take the fee in cash now? (No: sign up now, pay later.)</source>
            <translation>{course}收费 {fee}。现在收取现金吗？（选“否”：先报名，以后再缴费。）</translation>
        </message>
        <message>
            <source>Course fee</source>
            <translation>课程费用</translation>
        </message>
        <message>
            <source>Take {fee} in cash from {name} for {course}?</source>
            <translation>向{name}收取{course}的现金费用 {fee}？</translation>
        </message>
        <message>
            <source>{fee} taken from {name}: receipt {receipt}.</source>
            <translation>已收{name} {fee}，收据号 {receipt}。</translation>
        </message>
        <message>
            <source>Refund the course fee</source>
            <translation>退还课程费用</translation>
        </message>
        <message>
            <source>Why is {fee} given back to {name}?</source>
            <translation>为什么退还{name} {fee}？</translation>
        </message>
        <message>
            <source>Give {fee} back to {name}.</source>
            <translation>请退还{name} {fee}。</translation>
        </message>
    </context>
    <context>
        <name>ActivitySessionsModel</name>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>实到</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>已上课</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Course</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>上课场次</translation>
        </message>
        <message>
            <source>Find by name or scan the sheet code</source>
            <translation>按姓名查找或扫签到表二维码</translation>
        </message>
        <message>
            <source>Name, or scan the code on the sign-in sheet, then Enter</source>
            <translation>输入姓名或扫签到表上的二维码，回车</translation>
        </message>
        <message>
            <source>Last mark</source>
            <translation>签到结果</translation>
        </message>
        <message>
            <source>Tick list</source>
            <translation>签到名单</translation>
        </message>
        <message>
            <source>Save ticks</source>
            <translation>保存签到</translation>
        </message>
        <message>
            <source>Print sign-in sheet</source>
            <translation>打印签到表</translation>
        </message>
        <message>
            <source>No one signed up matches “{text}”.</source>
            <translation>报名名单中没有与“{text}”匹配的人。</translation>
        </message>
        <message>
            <source>Several match “{text}”: type more of the name.</source>
            <translation>有多人与“{text}”匹配，请输入更完整的姓名。</translation>
        </message>
        <message>
            <source>{name} was already marked present.</source>
            <translation>{name}已经签到过了。</translation>
        </message>
        <message>
            <source>{name} is present.</source>
            <translation>{name}已签到。</translation>
        </message>
        <message>
            <source>Saved: {added} ticked, {voided} unticked.</source>
            <translation>已保存：新签到{added}人，取消{voided}人。</translation>
        </message>
        <message>
            <source>Sign-in sheet {day}</source>
            <translation>签到表 {day}</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Change course</source>
            <translation>修改课程</translation>
        </message>
        <message>
            <source>New course or group</source>
            <translation>新建课程或队伍</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. 老年大学·书法班</source>
            <translation>例如：老年大学·书法班</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>上课时间</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>Fee in yuan (empty or 0: free)</source>
            <translation>收费（元，空或0为免费）</translation>
        </message>
        <message>
            <source>Lowest age</source>
            <translation>最低年龄</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source> years</source>
            <translation> 岁</translation>
        </message>
        <message>
            <source>for</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Fee (yuan)</source>
            <translation>费用（元）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Age (whole years)</source>
            <translation>年龄（周岁）</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>合作单位</translation>
        </message>
        <message>
            <source>Teacher's name</source>
            <translation>老师姓名</translation>
        </message>
        <message>
            <source>Highest age</source>
            <translation>最高年龄</translation>
        </message>
        <message>
            <source>Residents' category</source>
            <translation>居民类别</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>不限类别</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>授课老师</translation>
        </message>
        <message>
            <source>Find the teacher</source>
            <translation>查找授课老师</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>合作单位</translation>
        </message>
        <message>
            <source>Outside teacher's name</source>
            <translation>外聘老师姓名</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>学期</translation>
        </message>
        <message>
            <source>Weekly on (none: one session)</source>
            <translation>每周上课日（不选为一次性）</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>日期请按 YYYY-MM-DD 填写。</translation>
        </message>
        <message>
            <source>Write the time as HH:MM.</source>
            <translation>时间请按 HH:MM 填写。</translation>
        </message>
        <message>
            <source>Write the fee in yuan, e.g. 120 or 120.50.</source>
            <translation>收费请以元为单位填写，例如 120 或 120.50。</translation>
        </message>
        <message>
            <source>The fee cannot be negative; 0 means free.</source>
            <translation>收费不能为负数；0表示免费。</translation>
        </message>
        <message>
            <source>Give the course a name.</source>
            <translation>请填写课程名称。</translation>
        </message>
        <message>
            <source>The term ends before it starts.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>A session must end after it starts.</source>
            <translation>下课时间必须晚于上课时间（时长至少1分钟）。</translation>
        </message>
        <message>
            <source>The capacity must be at least one person.</source>
            <translation>名额至少为1人。</translation>
        </message>
        <message>
            <source>The highest age is below the lowest age.</source>
            <translation>年龄上限低于年龄下限。</translation>
        </message>
    </context>
    <context>
        <name>CoursesTab</name>
        <message>
            <source>Courses and groups</source>
            <translation>课程与队伍</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>新建课程…</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>新建课程</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Change course</source>
            <translation>修改课程</translation>
        </message>
        <message>
            <source>End course…</source>
            <translation>结课…</translation>
        </message>
        <message>
            <source>End course</source>
            <translation>结课</translation>
        </message>
        <message>
            <source>Completion certificates</source>
            <translation>结业证书</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>结业证书</translation>
        </message>
        <message>
            <source>Chosen course</source>
            <translation>所选课程</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>报名名单</translation>
        </message>
        <message>
            <source>Find the resident to sign up</source>
            <translation>查找要报名的居民</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>报名</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>退课…</translation>
        </message>
        <message>
            <source>Withdraw the chosen person</source>
            <translation>为所选的人办理退课</translation>
        </message>
        <message>
            <source>Take fee…</source>
            <translation>收费…</translation>
        </message>
        <message>
            <source>Take the chosen person's fee</source>
            <translation>收取所选人员的费用</translation>
        </message>
        <message>
            <source>Refund fee…</source>
            <translation>退费…</translation>
        </message>
        <message>
            <source>Refund the chosen fee</source>
            <translation>退还所选人员的费用</translation>
        </message>
        <message>
            <source>Last sign-up</source>
            <translation>最近一次报名</translation>
        </message>
        <message>
            <source>Choose the person whose fee is paid.</source>
            <translation>请选择缴费的人。</translation>
        </message>
        <message>
            <source>Choose the person whose fee is refunded.</source>
            <translation>请选择要退费的人。</translation>
        </message>
        <message>
            <source>No course yet.</source>
            <translation>还没有课程。</translation>
        </message>
        <message>
            <source>free</source>
            <translation>免费</translation>
        </message>
        <message>
            <source>{name}: {booked}/{capacity} signed up, {waiting} waiting; {fee}. {conditions}</source>
            <translation>{name}：已报名{booked}/{capacity}人，候补{waiting}人；{fee}。{conditions}</translation>
        </message>
        <message>
            <source>Choose the course and find the resident first.</source>
            <translation>请先选择课程并查找居民。</translation>
        </message>
        <message>
            <source>{name} is on the waitlist of {course}: number {n} in line.</source>
            <translation>{name} 已加入“{course}”候补，第 {n} 位。</translation>
        </message>
        <message>
            <source>{name} is signed up for {course}.</source>
            <translation>{name} 已报名“{course}”。</translation>
        </message>
        <message>
            <source>Signed up; fee taken, receipt {receipt}.</source>
            <translation>报名成功，已收费，收据号 {receipt}。</translation>
        </message>
        <message>
            <source>Choose the person to withdraw.</source>
            <translation>请选择要退课的人。</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>退课</translation>
        </message>
        <message>
            <source>Why does {name} withdraw?</source>
            <translation>{name}退课的原因？</translation>
        </message>
        <message>
            <source>Withdrawn before the term began: give {fee} back to {name}.</source>
            <translation>开课前退出：请退还{name} {fee}。</translation>
        </message>
        <message>
            <source>{name} has moved up from the waitlist and now has a place on {course}. Phone: {phone}.</source>
            <translation>{name}已从候补转为正式报名，取得{course}的名额。电话：{phone}，请通知本人。</translation>
        </message>
        <message>
            <source>not on record</source>
            <translation>未登记</translation>
        </message>
        <message>
            <source>Moved up from the waitlist</source>
            <translation>候补转正</translation>
        </message>
        <message>
            <source>Why does {name} end?</source>
            <translation>{name}结课的原因？</translation>
        </message>
        <message>
            <source>Completion certificates: {name}</source>
            <translation>结业证书：{name}</translation>
        </message>
    </context>
    <context>
        <name>EventsTab</name>
        <message>
            <source>Events and performances</source>
            <translation>演出与活动</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动名称</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Group that performed</source>
            <translation>参演队伍</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>观众人数</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>查找参与者</translation>
        </message>
        <message>
            <source>Add the group's members</source>
            <translation>加入队伍全体成员</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与者</translation>
        </message>
        <message>
            <source>Record the event</source>
            <translation>登记活动</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>队伍</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>参与者</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>请填写原因。</translation>
        </message>
    </context>
</TS>
