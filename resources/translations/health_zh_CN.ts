<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>DueTab</name>
        <message>
            <source>Due within days</source>
            <translation>多少天内到期</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天内</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>How many are due</source>
            <translation>到期数量</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Export call list…</source>
            <translation>导出电话清单…</translation>
        </message>
        <message>
            <source>Export the list as a spreadsheet</source>
            <translation>将清单导出为表格</translation>
        </message>
        <message>
            <source>An .xlsx file with names and phones; the export is recorded.</source>
            <translation>导出含姓名和电话的 .xlsx 文件；导出会记入审计日志。</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>到期与逾期</translation>
        </message>
        <message>
            <source>Due within</source>
            <translation>到期范围</translation>
        </message>
        <message>
            <source>{n} due, {m} overdue</source>
            <translation>共 {n} 项，逾期 {m} 项</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>A systolic pressure is between {low} and {high} mmHg.</source>
            <extracomment>field -&gt; (low, high) in the stored unit (see the module docstring for units and sources). The plausible difference between systolic and diastolic pressure in mmHg (see the module docstring).</extracomment>
            <translation>收缩压应在 {low}–{high} mmHg 之间。</translation>
        </message>
        <message>
            <source>A diastolic pressure is between {low} and {high} mmHg.</source>
            <translation>舒张压应在 {low}–{high} mmHg 之间。</translation>
        </message>
        <message>
            <source>A pulse is between {low} and {high} beats per minute.</source>
            <translation>脉搏应在每分钟 {low}–{high} 次之间。</translation>
        </message>
        <message>
            <source>A blood glucose reading is between {low} and {high} mmol/L.</source>
            <translation>血糖应在 {low}–{high} mmol/L 之间。</translation>
        </message>
        <message>
            <source>A weight is between {low} and {high} kg.</source>
            <translation>体重应在 {low}–{high} kg 之间。</translation>
        </message>
        <message>
            <source>A blood pressure needs both the systolic and the diastolic value.</source>
            <translation>血压需同时填写收缩压和舒张压。</translation>
        </message>
        <message>
            <source>The diastolic pressure must be lower than the systolic.</source>
            <translation>舒张压必须低于收缩压。</translation>
        </message>
        <message>
            <source>{systolic}/{diastolic} mmHg is not a plausible blood pressure: the systolic is {low}–{high} mmHg above the diastolic. Check both values.</source>
            <translation>{systolic}/{diastolic} mmHg 不是可能的血压读数：收缩压应比舒张压高 {low}–{high} mmHg。请核对两个数值。</translation>
        </message>
        <message>
            <source>Say when the glucose was measured (fasting, after a meal…).</source>
            <translation>请选择血糖测量时间（空腹、餐后等）。</translation>
        </message>
        <message>
            <source>Enter at least one reading.</source>
            <translation>请至少填写一项测量值。</translation>
        </message>
        <message>
            <source>fasting</source>
            <translation>空腹</translation>
        </message>
        <message>
            <source>2 h after a meal</source>
            <translation>餐后2小时</translation>
        </message>
        <message>
            <source>random</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>This resident is not registered.</source>
            <translation>该居民未登记。</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>到期与逾期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
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
            <source>Condition / team</source>
            <translation>疾病 / 团队</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>未成功随访</translation>
        </message>
        <message>
            <source>Overdue {n} d</source>
            <translation>逾期 {n} 天</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>随访</translation>
        </message>
        <message>
            <source>Family-doctor renewal</source>
            <translation>家庭医生续约</translation>
        </message>
        <message>
            <source>written form</source>
            <extracomment>A family-doctor signing runs for a year unless the team says otherwise (国家卫健委《关于规范家庭医生签约服务管理的 指导意见》, 2016: 签约周期原则上为一年).</extracomment>
            <translation>书面签字</translation>
        </message>
        <message>
            <source>verbal, witnessed</source>
            <translation>口头（有见证人）</translation>
        </message>
        <message>
            <source>online</source>
            <translation>线上</translation>
        </message>
        <message>
            <source>at the center</source>
            <translation>到中心</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>电话</translation>
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
            <source>{n} failed, last {day}: {why}</source>
            <translation>未成功 {n} 次，最近 {day}：{why}</translation>
        </message>
        <message>
            <source>Hypertension</source>
            <extracomment>Chronic conditions the 国家基本公共卫生服务 follows up, with their ICD-10 codes and a usual interval in months (hypertension and type 2 diabetes: at least four follow-ups a year, 国家基本公共卫生服务规范 第三版). The center may record any other code and name.</extracomment>
            <translation>高血压</translation>
        </message>
        <message>
            <source>Type 2 diabetes</source>
            <translation>2型糖尿病</translation>
        </message>
        <message>
            <source>Coronary heart disease</source>
            <translation>冠心病</translation>
        </message>
        <message>
            <source>Stroke (after-care)</source>
            <translation>脑卒中（康复期）</translation>
        </message>
        <message>
            <source>COPD</source>
            <translation>慢阻肺</translation>
        </message>
        <message>
            <source>Hyperlipidaemia</source>
            <translation>高脂血症</translation>
        </message>
        <message>
            <source>Osteoporosis</source>
            <translation>骨质疏松</translation>
        </message>
        <message>
            <source>This resident's record is archived.</source>
            <translation>该居民档案已归档。</translation>
        </message>
        <message>
            <source>Record the resident's consent first: no health data is kept without it.</source>
            <translation>请先登记居民授权：未经授权不保存任何健康信息。</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Who gave the consent?</source>
            <translation>请填写授权人。</translation>
        </message>
        <message>
            <source>Choose how the consent was given.</source>
            <translation>请选择授权方式。</translation>
        </message>
        <message>
            <source>A consent is already recorded for this resident.</source>
            <translation>该居民已有有效授权。</translation>
        </message>
        <message>
            <source>Say how the resident withdrew the consent.</source>
            <translation>请说明居民撤回授权的方式。</translation>
        </message>
        <message>
            <source>No consent is in force for this resident.</source>
            <translation>该居民没有有效授权。</translation>
        </message>
        <message>
            <source>Enter the family-doctor team.</source>
            <translation>请填写家庭医生团队。</translation>
        </message>
        <message>
            <source>Enter the family doctor.</source>
            <translation>请填写家庭医生。</translation>
        </message>
        <message>
            <source>The renewal is due after the signing day.</source>
            <translation>续约到期日须晚于签约日。</translation>
        </message>
        <message>
            <source>A renewal is signed on or after the current signing.</source>
            <translation>续约日期不能早于当前签约日期。</translation>
        </message>
        <message>
            <source>Say why the signing ends.</source>
            <translation>请说明解约原因。</translation>
        </message>
        <message>
            <source>This resident has no family-doctor signing in force.</source>
            <translation>该居民没有有效的家庭医生签约。</translation>
        </message>
        <message>
            <source>Enter the condition's code (e.g. I10).</source>
            <translation>请填写疾病编码（如 I10）。</translation>
        </message>
        <message>
            <source>Enter the condition's name.</source>
            <translation>请填写疾病名称。</translation>
        </message>
        <message>
            <source>This condition is recorded already.</source>
            <translation>该慢性病已登记。</translation>
        </message>
        <message>
            <source>Say why the condition is removed.</source>
            <translation>请说明移除原因。</translation>
        </message>
        <message>
            <source>No such condition.</source>
            <translation>没有该慢性病记录。</translation>
        </message>
        <message>
            <source>This condition was removed already.</source>
            <translation>该慢性病已移除。</translation>
        </message>
        <message>
            <source>Follow up every 1 to {n} months.</source>
            <translation>随访间隔为 1–{n} 个月。</translation>
        </message>
        <message>
            <source>The first follow-up cannot be due before the start.</source>
            <translation>首次随访不能早于计划开始日。</translation>
        </message>
        <message>
            <source>Choose one of the resident's conditions.</source>
            <translation>请选择该居民已登记的慢性病。</translation>
        </message>
        <message>
            <source>Say why the plan ends.</source>
            <translation>请说明停止随访的原因。</translation>
        </message>
        <message>
            <source>No such follow-up plan.</source>
            <translation>没有该随访计划。</translation>
        </message>
        <message>
            <source>This follow-up plan has ended.</source>
            <translation>该随访计划已停止。</translation>
        </message>
        <message>
            <source>Choose how the follow-up was done.</source>
            <translation>请选择随访方式。</translation>
        </message>
        <message>
            <source>The follow-up cannot be before the plan started.</source>
            <translation>随访日期不能早于计划开始日。</translation>
        </message>
        <message>
            <source>Choose how the follow-up was tried.</source>
            <translation>请选择尝试随访的方式。</translation>
        </message>
        <message>
            <source>Choose why the follow-up did not happen.</source>
            <translation>请选择未能随访的原因。</translation>
        </message>
        <message>
            <source>Say in the note why the follow-up did not happen.</source>
            <translation>请在备注中说明未能随访的原因。</translation>
        </message>
        <message>
            <source>The attempt cannot be before the plan started.</source>
            <translation>随访尝试的日期不能早于计划开始日。</translation>
        </message>
        <message>
            <source>Say why the resident is lost to follow-up.</source>
            <translation>请说明失访原因。</translation>
        </message>
        <message>
            <source>A reading cannot be taken in the future.</source>
            <translation>测量时间不能晚于现在。</translation>
        </message>
        <message>
            <source>Say why the reading is voided.</source>
            <translation>请说明作废原因。</translation>
        </message>
        <message>
            <source>No such reading.</source>
            <translation>没有该测量记录。</translation>
        </message>
        <message>
            <source>This reading was voided already.</source>
            <translation>该测量记录已作废。</translation>
        </message>
        <message>
            <source>Say why the resident is referred.</source>
            <translation>请填写转介原因。</translation>
        </message>
        <message>
            <source>Choose the partner clinic.</source>
            <translation>请选择合作医疗机构。</translation>
        </message>
        <message>
            <source>No request category goes to this partner: choose a category.</source>
            <translation>没有默认派往该机构的诉求类别，请选择类别。</translation>
        </message>
        <message>
            <source>Health referral to {partner} (the reason is on the health record).</source>
            <translation>健康服务转介至{partner}（原因见健康档案）。</translation>
        </message>
    </context>
    <context>
        <name>HealthCareModel</name>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>疾病</translation>
        </message>
        <message>
            <source>Follow up every</source>
            <translation>随访间隔</translation>
        </message>
        <message>
            <source>Last follow-up</source>
            <translation>上次随访</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>下次随访</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>未成功随访</translation>
        </message>
        <message>
            <source>General</source>
            <translation>综合</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>未建计划</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} 个月</translation>
        </message>
        <message>
            <source>{day} {how}: {why}{note} ({who}, {at})</source>
            <translation>{day} {how}：{why}{note}（{who}，{at}）</translation>
        </message>
    </context>
    <context>
        <name>HealthDueModel</name>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
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
            <source>Condition / team</source>
            <translation>疾病 / 团队</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>未成功随访</translation>
        </message>
        <message>
            <source>Overdue {n} d</source>
            <translation>逾期 {n} 天</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>随访</translation>
        </message>
        <message>
            <source>Family-doctor renewal</source>
            <translation>家庭医生续约</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <source>Health</source>
            <translation>健康服务</translation>
        </message>
        <message>
            <source>Health records</source>
            <translation>健康档案</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>到期与逾期</translation>
        </message>
    </context>
    <context>
        <name>HealthProfile</name>
        <message>
            <source>Health (医养)</source>
            <translation>健康服务（医养）</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>授权</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Given on {day}</source>
            <translation>{day} 授权</translation>
        </message>
        <message>
            <source>Family doctor</source>
            <translation>家庭医生</translation>
        </message>
        <message>
            <source>{team}, Dr {doctor}, renewal due {due}</source>
            <translation>{team}，{doctor} 医生，{due} 到期续约</translation>
        </message>
        <message>
            <source>Chronic conditions</source>
            <translation>慢性病</translation>
        </message>
        <message>
            <source>{day} ({what})</source>
            <translation>{day}（{what}）</translation>
        </message>
        <message>
            <source>general</source>
            <translation>综合</translation>
        </message>
        <message>
            <source>, overdue</source>
            <translation>，已逾期</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次随访</translation>
        </message>
        <message>
            <source>pulse {n}</source>
            <translation>脉搏 {n}</translation>
        </message>
        <message>
            <source>Latest reading</source>
            <translation>最近测量</translation>
        </message>
    </context>
    <context>
        <name>HealthReadingsModel</name>
        <message>
            <source>Taken</source>
            <translation>测量时间</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>脉搏</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>血压</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>血糖</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>测量人</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>已作废</translation>
        </message>
    </context>
    <context>
        <name>HealthReferralsModel</name>
        <message>
            <source>Referred</source>
            <translation>转介日期</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>合作机构</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>诉求编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>HealthReport</name>
        <message>
            <source>General</source>
            <translation>综合</translation>
        </message>
        <message>
            <source>Follow-ups by condition</source>
            <translation>按病种随访</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>病种</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <translation>已随访</translation>
        </message>
        <message>
            <source>Overdue at month end</source>
            <translation>月末逾期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Readings at the health corner</source>
            <translation>健康小屋测量</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>血压</translation>
        </message>
        <message>
            <source>Blood glucose</source>
            <translation>血糖</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>脉搏</translation>
        </message>
        <message>
            <source>Family doctors and referrals</source>
            <translation>家庭医生与转介</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>New family-doctor signings</source>
            <translation>家庭医生新签约</translation>
        </message>
        <message>
            <source>Signings renewed</source>
            <translation>续约</translation>
        </message>
        <message>
            <source>Referrals to the partner clinic</source>
            <translation>转介合作医疗机构</translation>
        </message>
        <message>
            <source>Health services (医养)</source>
            <translation>健康服务（医养）</translation>
        </message>
        <message>
            <source>Visits to the health corner</source>
            <translation>健康小屋测量人次</translation>
        </message>
        <message>
            <source>Residents measured</source>
            <translation>测量人数</translation>
        </message>
        <message>
            <source>Residents referred</source>
            <translation>转介人数</translation>
        </message>
        <message>
            <source>Follow-up attempts that failed</source>
            <translation>未成功的随访尝试</translation>
        </message>
        <message>
            <source>Plans closed as lost to follow-up</source>
            <translation>按失访结案的随访计划</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>Find a resident on the left.</source>
            <translation>请在左侧查找居民。</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Resident details</source>
            <translation>居民信息</translation>
        </message>
        <message>
            <source>Consent to keep health data</source>
            <translation>健康信息授权</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>授权</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>授权人</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>How the consent was given</source>
            <translation>授权方式</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>授权日期</translation>
        </message>
        <message>
            <source>Record consent</source>
            <translation>登记授权</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回授权</translation>
        </message>
        <message>
            <source>Family doctor (家庭医生签约)</source>
            <translation>家庭医生签约</translation>
        </message>
        <message>
            <source>Family-doctor signing</source>
            <translation>家庭医生签约</translation>
        </message>
        <message>
            <source>Family-doctor team</source>
            <translation>家庭医生团队</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Family doctor</source>
            <translation>家庭医生</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>医生</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <source>Sign / renew</source>
            <translation>签约 / 续约</translation>
        </message>
        <message>
            <source>Sign or renew</source>
            <translation>签约或续约</translation>
        </message>
        <message>
            <source>End…</source>
            <translation>解约…</translation>
        </message>
        <message>
            <source>End the signing</source>
            <translation>解约</translation>
        </message>
        <message>
            <source>Chronic conditions and follow-ups</source>
            <translation>慢性病与随访</translation>
        </message>
        <message>
            <source>Condition to add</source>
            <translation>要添加的慢性病</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>添加慢性病</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>移除所选慢性病</translation>
        </message>
        <message>
            <source>Follow up every … months</source>
            <translation>随访间隔（月）</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Who consented</source>
            <translation>授权人</translation>
        </message>
        <message>
            <source>Chronic conditions and follow-up plans</source>
            <translation>慢性病与随访计划</translation>
        </message>
        <message>
            <source>Start a follow-up plan</source>
            <translation>新建随访计划</translation>
        </message>
        <message>
            <source>Start plan</source>
            <translation>建随访计划</translation>
        </message>
        <message>
            <source>End plan…</source>
            <translation>停止计划…</translation>
        </message>
        <message>
            <source>End the selected plan</source>
            <translation>停止所选随访计划</translation>
        </message>
        <message>
            <source>Follow-up done on</source>
            <translation>随访日期</translation>
        </message>
        <message>
            <source>How the follow-up was done</source>
            <translation>随访方式</translation>
        </message>
        <message>
            <source>Follow-up note</source>
            <translation>随访记录</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>随访记录</translation>
        </message>
        <message>
            <source>Record follow-up</source>
            <translation>登记随访</translation>
        </message>
        <message>
            <source>Readings at the health corner</source>
            <translation>健康小屋测量</translation>
        </message>
        <message>
            <source>Systolic pressure, mmHg</source>
            <translation>收缩压 mmHg</translation>
        </message>
        <message>
            <source>Diastolic pressure, mmHg</source>
            <translation>舒张压 mmHg</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>脉搏（次/分）</translation>
        </message>
        <message>
            <source>Blood glucose, mmol/L</source>
            <translation>血糖 mmol/L</translation>
        </message>
        <message>
            <source>When the glucose was measured</source>
            <translation>血糖测量时间</translation>
        </message>
        <message>
            <source>Weight, kg</source>
            <translation>体重 kg</translation>
        </message>
        <message>
            <source>Systolic</source>
            <translation>收缩压</translation>
        </message>
        <message>
            <source>Diastolic</source>
            <translation>舒张压</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>脉搏</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>血糖</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <source>Save readings</source>
            <translation>保存测量</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>Void the selected reading</source>
            <translation>作废所选测量</translation>
        </message>
        <message>
            <source>Problem with the readings</source>
            <translation>测量值有误</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>测量记录</translation>
        </message>
        <message>
            <source>BP mmHg</source>
            <translation>血压 mmHg</translation>
        </message>
        <message>
            <source>Glucose mmol/L</source>
            <translation>血糖 mmol/L</translation>
        </message>
        <message>
            <source>Weight kg</source>
            <translation>体重 kg</translation>
        </message>
        <message>
            <source>Referrals to the partner clinic</source>
            <translation>转介合作医疗机构</translation>
        </message>
        <message>
            <source>Partner clinic</source>
            <translation>合作医疗机构</translation>
        </message>
        <message>
            <source>Reason for the referral</source>
            <translation>转介原因</translation>
        </message>
        <message>
            <source>Reason (stays on the health record)</source>
            <translation>转介原因（只记在健康档案）</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>Refer to the partner clinic</source>
            <translation>转介至合作医疗机构</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>转介记录</translation>
        </message>
        <message>
            <source>Health record sections</source>
            <translation>健康档案分栏</translation>
        </message>
        <message>
            <source>Conditions and follow-ups</source>
            <translation>慢病随访</translation>
        </message>
        <message>
            <source>Family doctor and referrals</source>
            <translation>家庭医生与转介</translation>
        </message>
        <message>
            <source>Lost to follow-up…</source>
            <translation>失访结案…</translation>
        </message>
        <message>
            <source>Close the selected plan as lost to follow-up</source>
            <translation>将所选随访计划按失访结案</translation>
        </message>
        <message>
            <source>失访: the resident cannot be followed up; the plan ends, counted as lost.</source>
            <translation>失访：无法再对居民随访；计划结束，计为失访。</translation>
        </message>
        <message>
            <source>Outcome of the follow-up</source>
            <translation>随访结果</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已随访</translation>
        </message>
        <message>
            <source>Not done: {why}</source>
            <translation>未随访：{why}</translation>
        </message>
        <message>
            <source>Record failed attempt</source>
            <translation>记录未成功随访</translation>
        </message>
        <message>
            <source>Follow-up tried on</source>
            <translation>尝试随访日期</translation>
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
            <source>Consent given by {who} on {day} ({how}); recorded by {staff}.</source>
            <translation>{who} 于 {day} 授权（{how}），登记人：{staff}。</translation>
        </message>
        <message>
            <source>No consent on file: record it before anything else.</source>
            <translation>尚无授权：请先登记授权。</translation>
        </message>
        <message>
            <source>Consent withdrawn on {day}: {why}</source>
            <translation>已于 {day} 撤回授权：{why}</translation>
        </message>
        <message>
            <source>{team}, Dr {doctor}; signed {signed}, renewal due {due}</source>
            <translation>{team}，{doctor} 医生；{signed} 签约，{due} 到期续约</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation>（已逾期）</translation>
        </message>
        <message>
            <source>Not signed with a family doctor.</source>
            <translation>未签约家庭医生。</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>撤回授权</translation>
        </message>
        <message>
            <source>How did the resident withdraw consent?</source>
            <translation>居民如何撤回授权？</translation>
        </message>
        <message>
            <source>Why does the signing end?</source>
            <translation>解约原因？</translation>
        </message>
        <message>
            <source>Select a condition first.</source>
            <translation>请先选择慢性病。</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translation>移除慢性病</translation>
        </message>
        <message>
            <source>Why is {name} removed?</source>
            <translation>为什么移除{name}？</translation>
        </message>
        <message>
            <source>Select a follow-up plan first.</source>
            <translation>请先选择随访计划。</translation>
        </message>
        <message>
            <source>End plan</source>
            <translation>停止随访计划</translation>
        </message>
        <message>
            <source>Why does this follow-up plan end?</source>
            <translation>停止该随访计划的原因？</translation>
        </message>
        <message>
            <source>Lost to follow-up</source>
            <translation>失访结案</translation>
        </message>
        <message>
            <source>Why can the resident not be followed up (失访)? The plan ends and counts as lost.</source>
            <translation>为什么无法再对该居民随访（失访）？计划将结束并计为失访。</translation>
        </message>
        <message>
            <source>Select the follow-up plan first.</source>
            <translation>请先选择随访计划。</translation>
        </message>
        <message>
            <source>Type the readings as numbers (glucose and weight with one decimal).</source>
            <translation>测量值请填数字（血糖、体重可带一位小数）。</translation>
        </message>
        <message>
            <source>Select a reading first.</source>
            <translation>请先选择测量记录。</translation>
        </message>
        <message>
            <source>Void reading</source>
            <translation>作废测量</translation>
        </message>
        <message>
            <source>Why is this reading voided?</source>
            <translation>作废原因？</translation>
        </message>
        <message>
            <source>No partner clinic is set up (requests › departments and partners).</source>
            <translation>尚未设置合作医疗机构（诉求 › 部门与合作单位）。</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Find a resident</source>
            <translation>查找居民</translation>
        </message>
        <message>
            <source>Name, initials, phone or ID digits</source>
            <translation>姓名、首字母、电话或证件尾号</translation>
        </message>
        <message>
            <source>Name, initials, phone or ID digits, then Enter</source>
            <translation>姓名、拼音首字母、电话或身份证尾号，回车</translation>
        </message>
        <message>
            <source>Matching residents</source>
            <translation>匹配的居民</translation>
        </message>
        <message>
            <source>{n} y</source>
            <translation>{n} 岁</translation>
        </message>
    </context>
</TS>
