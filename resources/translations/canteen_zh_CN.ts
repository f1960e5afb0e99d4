<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BookingView</name>
        <message>
            <source>Day of the meal</source>
            <translation>用餐日期</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Find diner to book</source>
            <translation>查找预订的长者</translation>
        </message>
        <message>
            <source>Pinyin, phone or ID digits; Enter</source>
            <translation>拼音、手机号或身份证号；回车</translation>
        </message>
        <message>
            <source>Matching diners</source>
            <translation>匹配的就餐人</translation>
        </message>
        <message>
            <source>No diner chosen</source>
            <translation>未选择就餐人</translation>
        </message>
        <message>
            <source>Meals to book</source>
            <translation>预订份数</translation>
        </message>
        <message>
            <source>Note for the kitchen</source>
            <translation>给厨房的备注</translation>
        </message>
        <message>
            <source>Note for the kitchen (less salt, soft…)</source>
            <translation>给厨房的备注（少盐、软烂……）</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>预订</translation>
        </message>
        <message>
            <source>Book the meal</source>
            <translation>预订这餐</translation>
        </message>
        <message>
            <source>Bookings of the day</source>
            <translation>当日预订</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>取消预订…</translation>
        </message>
        <message>
            <source>Cancel the selected booking</source>
            <translation>取消所选预订</translation>
        </message>
        <message>
            <source>Kitchen list (A4)</source>
            <translation>厨房清单（A4）</translation>
        </message>
        <message>
            <source>Print the kitchen list</source>
            <translation>打印厨房清单</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>{slot}: {n} meals ({d} diners)</source>
            <translation>{slot}：{n} 份（{d} 人）</translation>
        </message>
        <message>
            <source>Kitchen count for {day}</source>
            <translation>{day} 备餐数</translation>
        </message>
        <message>
            <source>No diner matches “{q}”.</source>
            <translation>没有与“{q}”匹配的就餐人。</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} 岁</translation>
        </message>
        <message>
            <source>Choose a diner first.</source>
            <translation>请先选择就餐人。</translation>
        </message>
        <message>
            <source>Booked: {who}, {slot} on {day}.</source>
            <translation>已预订：{who}，{day} {slot}。</translation>
        </message>
        <message>
            <source>Select a booking first.</source>
            <translation>请先选择一条预订。</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>取消预订</translation>
        </message>
        <message>
            <source>Why is {name}'s booking cancelled?</source>
            <translation>为什么取消{name}的预订？</translation>
        </message>
    </context>
    <context>
        <name>BookingsModel</name>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Diner</source>
            <translation>就餐人</translation>
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
            <source>Meals</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Cancelled: {reason}</source>
            <translation>已取消：{reason}</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>已购票</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已预订</translation>
        </message>
    </context>
    <context>
        <name>Canteen</name>
        <message>
            <source>city subsidy</source>
            <translation>市补贴</translation>
        </message>
        <message>
            <source>district subsidy</source>
            <translation>区补贴</translation>
        </message>
        <message>
            <source>street subsidy</source>
            <translation>街道补贴</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>Guest: full price</source>
            <translation>散客：全价</translation>
        </message>
        <message>
            <source>Full price</source>
            <translation>全价</translation>
        </message>
        <message>
            <source>No subsidy applies: full price</source>
            <translation>不符合补贴条件：全价</translation>
        </message>
        <message>
            <source>{tier}: subsidised meal already taken today, full price</source>
            <translation>{tier}：今日已享受补贴餐，按全价</translation>
        </message>
        <message>
            <source>{tier} {parts} (for {n} of the meals; the rest at full price)</source>
            <translation>{tier} {parts}（限 {n} 份，其余按全价）</translation>
        </message>
        <message>
            <source>{tier} {parts} (for {n} of the meals; the others get less)</source>
            <translation>{tier} {parts}（前 {n} 份；其余份数补贴较少）</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>没有这张餐券。</translation>
        </message>
        <message>
            <source>Meal ticket</source>
            <translation>餐券</translation>
        </message>
        <message>
            <source>Book between 1 and {n} meals.</source>
            <translation>预订份数须在 1 到 {n} 之间。</translation>
        </message>
        <message>
            <source>Bookings are for tomorrow or a later day.</source>
            <translation>只能预订明天或以后的餐。</translation>
        </message>
        <message>
            <source>Bookings go at most {n} days ahead.</source>
            <translation>最多提前 {n} 天预订。</translation>
        </message>
        <message>
            <source>This diner's record is archived: restore it before booking.</source>
            <translation>该就餐人档案已归档：请先恢复再预订。</translation>
        </message>
        <message>
            <source>{name} already has a booking for this meal on {day}.</source>
            <translation>{name} 在 {day} 已预订这一餐。</translation>
        </message>
        <message>
            <source>Say why the booking is cancelled.</source>
            <translation>请填写取消预订的原因。</translation>
        </message>
        <message>
            <source>No such booking.</source>
            <translation>没有这条预订。</translation>
        </message>
        <message>
            <source>This booking is already cancelled.</source>
            <translation>这条预订已取消。</translation>
        </message>
        <message>
            <source>This booking was used by a sale: void the ticket instead.</source>
            <translation>这条预订已用于购票：请改为作废餐票。</translation>
        </message>
        <message>
            <source>{n} diners</source>
            <translation>{n} 人</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Kitchen list: meals booked</source>
            <translation>厨房备餐清单（预订）</translation>
        </message>
        <message>
            <source>{day} · printed {now}</source>
            <translation>{day} · 打印于 {now}</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Diner</source>
            <translation>就餐人</translation>
        </message>
        <message>
            <source>Phone (last 4)</source>
            <translation>电话（后4位）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Kitchen: ____________    Checked by: ____________</source>
            <translation>厨房：____________    核对人：____________</translation>
        </message>
        <message>
            <source>Bought by</source>
            <translation>代购人</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Government subsidy {x} | Self-paid {y}</source>
            <translation>政府补贴 {x} | 自付 {y}</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Tendered</source>
            <translation>实收</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>找零</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Count each note and coin as 0 or more.</source>
            <translation>每种面额的张数须为 0 或以上。</translation>
        </message>
        <message>
            <source>{difference}: say why the cash differs before the day is closed.</source>
            <translation>{difference}：请先说明现金差额的原因，再日结。</translation>
        </message>
        <message>
            <source>{day} has not come yet: only today or an earlier day can be closed.</source>
            <translation>{day}还没到：只能日结今天或之前的日期。</translation>
        </message>
        <message>
            <source>Say why in at most {n} characters.</source>
            <translation>原因最多 {n} 个字。</translation>
        </message>
        <message>
            <source>No such cashier.</source>
            <translation>没有这位收银员。</translation>
        </message>
        <message>
            <source>This day is already closed.</source>
            <translation>该日已日结。</translation>
        </message>
        <message>
            <source>Say why the day is reopened.</source>
            <translation>请填写重新打开的原因。</translation>
        </message>
        <message>
            <source>That day is not closed.</source>
            <translation>该日尚未日结。</translation>
        </message>
        <message>
            <source>Over {amount}</source>
            <translation>长款 {amount}</translation>
        </message>
        <message>
            <source>Short {amount}</source>
            <translation>短款 {amount}</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>无差额</translation>
        </message>
        <message>
            <source>Day close (Z report)</source>
            <translation>日结报表（Z 报表）</translation>
        </message>
        <message>
            <source>Mid-shift (X report)</source>
            <translation>班中报表（X 报表）</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>餐券数</translation>
        </message>
        <message>
            <source>Void {n}, approved by {by}: {reason}</source>
            <translation>作废 {n}，批准人：{by}，原因：{reason}</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Total price</source>
            <translation>总价</translation>
        </message>
        <message>
            <source>Government subsidy</source>
            <translation>政府补贴</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>自付</translation>
        </message>
        <message>
            <source>Paid by {method}</source>
            <translation>{method}收款</translation>
        </message>
        <message>
            <source>Meals: {slot}</source>
            <translation>份数：{slot}</translation>
        </message>
        <message>
            <source>Meal card top-ups in cash</source>
            <translation>饭卡现金充值</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>应有现金</translation>
        </message>
        <message>
            <source>Counted cash</source>
            <translation>清点现金</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>{day} · cashier {name}</source>
            <translation>{day} · 收银员：{name}</translation>
        </message>
        <message>
            <source>closed {at} by {name}</source>
            <translation>日结时间：{at} · 日结人：{name}</translation>
        </message>
        <message>
            <source>Reason for the difference: {reason}</source>
            <translation>差额原因：{reason}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Cashier signature: ____________    Checked by: ____________</source>
            <translation>收银员签字：____________    复核人：____________</translation>
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
            <source>Meal card</source>
            <translation>饭卡</translation>
        </message>
        <message>
            <source>This diner is not in the registry.</source>
            <translation>居民档案中没有此就餐人。</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>份数至少为 1。</translation>
        </message>
        <message>
            <source>At most {n} meals in one sale.</source>
            <translation>一次最多 {n} 份。</translation>
        </message>
        <message>
            <source>Give the meal a name.</source>
            <translation>请填写餐次名称。</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, e.g. 11:00.</source>
            <translation>时间请写成 时:分，例如 11:00。</translation>
        </message>
        <message>
            <source>The serving window must end after it starts.</source>
            <translation>供餐结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>Enter a price between ¥0 and ¥1000.</source>
            <translation>请输入 ¥0 到 ¥1000 之间的价格。</translation>
        </message>
        <message>
            <source>The portion limit is 1 or more, or empty for no limit.</source>
            <translation>限量至少为 1 份；不限量请留空。</translation>
        </message>
        <message>
            <source>Unknown meal slot.</source>
            <translation>未知餐次。</translation>
        </message>
        <message>
            <source>Name the tier, e.g. 80–89岁.</source>
            <translation>请填写档次名称，例如 80–89岁。</translation>
        </message>
        <message>
            <source>A new version starts today or later: past tickets keep the rules they were sold under.</source>
            <translation>新版本只能从今天或以后生效：已售餐票保持售出时的规则。</translation>
        </message>
        <message>
            <source>An age is between 0 and 130.</source>
            <translation>年龄须在 0 到 130 之间。</translation>
        </message>
        <message>
            <source>The highest age must not be below the lowest.</source>
            <translation>最高年龄不能低于最低年龄。</translation>
        </message>
        <message>
            <source>Say who qualifies: an age range, a category, or both.</source>
            <translation>请说明补贴对象：年龄段、人员类别，或两者。</translation>
        </message>
        <message>
            <source>Enter an amount between ¥0 and ¥1000.</source>
            <translation>请输入 ¥0 到 ¥1000 之间的金额。</translation>
        </message>
        <message>
            <source>Choose who pays the difference.</source>
            <translation>请选择由谁承担差额。</translation>
        </message>
        <message>
            <source>Give at least one funder an amount, or set a fixed price.</source>
            <translation>请至少为一个出资方填写金额，或设定固定价格。</translation>
        </message>
        <message>
            <source>The limit is 0 (none) to 10 subsidised meals.</source>
            <translation>限次为 0（不限）到 10 份补贴餐。</translation>
        </message>
        <message>
            <source>The limit counts per day or per meal.</source>
            <translation>限次按天或按餐次计算。</translation>
        </message>
        <message>
            <source>No such subsidy rule.</source>
            <translation>没有这条补贴规则。</translation>
        </message>
        <message>
            <source>That rule has already ended; add a new rule instead.</source>
            <translation>该规则已经终止；请新增一条规则。</translation>
        </message>
        <message>
            <source>The new version must start after the current one ({day}).</source>
            <translation>新版本必须晚于当前版本（{day}）生效。</translation>
        </message>
        <message>
            <source>A rule can end today at the earliest.</source>
            <translation>规则最早只能在今天终止。</translation>
        </message>
        <message>
            <source>A rule cannot end before it starts.</source>
            <translation>规则不能在生效之前终止。</translation>
        </message>
        <message>
            <source>Choose refuse or full price.</source>
            <translation>请选择“拒绝”或“按原价”。</translation>
        </message>
        <message>
            <source>Choose how the diner pays.</source>
            <translation>请选择支付方式。</translation>
        </message>
        <message>
            <source>A guest cannot pay with a meal card.</source>
            <translation>散客不能使用饭卡支付。</translation>
        </message>
        <message>
            <source>The amount tendered is not plausible.</source>
            <translation>实收金额不合理。</translation>
        </message>
        <message>
            <source>Your day is closed: no more sales today unless an admin reopens it.</source>
            <translation>您今日已日结：除非管理员重新打开，否则不能再售餐。</translation>
        </message>
        <message>
            <source>This diner's record is archived: restore it before selling.</source>
            <translation>该就餐人档案已归档：请先恢复再售餐。</translation>
        </message>
        <message>
            <source>Only {n} portions are left for this meal.</source>
            <translation>本餐次只剩 {n} 份。</translation>
        </message>
        <message>
            <source>{slot} is served {starts}–{ends}: a subsidised meal outside these hours needs a supervisor's approval.</source>
            <translation>{slot}供应时间为 {starts}–{ends}：超出时间售补贴餐须主管批准。</translation>
        </message>
        <message>
            <source>{name} may not approve a subsidised meal outside serving hours.</source>
            <translation>{name} 无权批准供餐时间外的补贴餐。</translation>
        </message>
        <message>
            <source>Outside serving hours ({starts}–{ends}): full price</source>
            <translation>不在供餐时间（{starts}–{ends}）：按原价</translation>
        </message>
        <message>
            <source>The amount tendered is too large: at most {most}.</source>
            <translation>实收金额太大：最多 {most}。</translation>
        </message>
        <message>
            <source>Tendered {t} is less than the {d} due.</source>
            <translation>实收 {t} 少于应收 {d}。</translation>
        </message>
        <message>
            <source>This diner has no meal card.</source>
            <translation>该就餐人没有饭卡。</translation>
        </message>
        <message>
            <source>The meal card holds {b}, less than the {d} due.</source>
            <translation>饭卡余额 {b}，不足应付 {d}。</translation>
        </message>
        <message>
            <source>This diner's subsidised meal was just sold at another till: check the price and sell again.</source>
            <translation>该就餐人的补贴餐刚在另一台收银机售出：请核对价格后重新售卖。</translation>
        </message>
        <message>
            <source>This diner already had a subsidised meal today (ticket {number} at {time}, sold by {cashier}); another one costs the full {price}. Confirm to sell it at full price.</source>
            <translation>该就餐者今天已享受过一次补贴餐（餐票 {number}，{time}，收银员 {cashier}）；再买一份按原价 {price} 收费。确认后才按原价售出。</translation>
        </message>
        <message>
            <source>Say why the ticket is voided.</source>
            <translation>请填写作废原因。</translation>
        </message>
        <message>
            <source>A void needs the approval of a supervisor (an administrator).</source>
            <translation>作废需要主管（管理员）批准。</translation>
        </message>
        <message>
            <source>This ticket is already void.</source>
            <translation>该餐券已作废。</translation>
        </message>
        <message>
            <source>This meal has been served: it cannot be voided.</source>
            <translation>该餐已取餐，不能作废。</translation>
        </message>
        <message>
            <source>That day is closed: an admin must reopen it before a void.</source>
            <translation>该日已日结：须管理员重新打开后才能作废。</translation>
        </message>
        <message>
            <source>No ticket {n}.</source>
            <translation>没有餐券 {n}。</translation>
        </message>
        <message>
            <source>Ticket {n} was voided: do not serve it.</source>
            <translation>餐券 {n} 已作废：请勿出餐。</translation>
        </message>
        <message>
            <source>Ticket {n} was already served at {when} at {where}.</source>
            <translation>餐券 {n} 已于 {when} 在{where}取餐。</translation>
        </message>
        <message>
            <source>Ticket {n} is for {day}, not today.</source>
            <translation>餐券 {n} 是 {day} 的，不是今天的。</translation>
        </message>
        <message>
            <source>A card number is 1 to 30 letters (A–Z) or digits (0–9).</source>
            <translation>卡号为 1 至 30 位英文字母（A–Z）或数字（0–9）。</translation>
        </message>
        <message>
            <source>This diner's record is archived: restore it before issuing a card.</source>
            <translation>该就餐人档案已归档：请先恢复再办卡。</translation>
        </message>
        <message>
            <source>This diner already has a meal card.</source>
            <translation>该就餐人已有饭卡。</translation>
        </message>
        <message>
            <source>This card number is taken.</source>
            <translation>该卡号已被使用。</translation>
        </message>
        <message>
            <source>Enter an amount between ¥0.01 and ¥5000.</source>
            <translation>请输入 ¥0.01 到 ¥5000 之间的金额。</translation>
        </message>
        <message>
            <source>Your day is closed: no more top-ups or refunds today unless an admin reopens it.</source>
            <translation>您今天已日结：除非管理员重新打开，今天不能再充值或退款。</translation>
        </message>
        <message>
            <source>The card holds only {b}: it cannot refund more.</source>
            <translation>饭卡余额仅 {b}，不能退更多。</translation>
        </message>
        <message>
            <source>Your drawer has taken only {cash} in cash today, less than this {amount} refund: the cash must come out of a drawer that holds it. Have a cashier whose drawer took cash today give the refund at their till, or refund it by WeChat Pay or Alipay.</source>
            <translation>您的钱箱今天只收了现金 {cash}，不够这笔 {amount} 的退款：现金必须从有这笔钱的钱箱里退。请今天收过现金的收银员在其收银台办理退款，或改用微信、支付宝退款。</translation>
        </message>
        <message>
            <source>{year} Q{q}</source>
            <translation>{year}年第{q}季度</translation>
        </message>
        <message>
            <source>{year}-{month:02d}</source>
            <translation>{year}年{month:02d}月</translation>
        </message>
        <message>
            <source>Choose a month (1–12) or a quarter (1–4).</source>
            <translation>请选择月份（1–12）或季度（1–4）。</translation>
        </message>
        <message>
            <source>Choose a year between 2000 and 2100.</source>
            <translation>请选择 2000 到 2100 之间的年份。</translation>
        </message>
        <message>
            <source>{day} lies in a settled subsidy period: an admin must unlock it first.</source>
            <translation>{day} 属于已结算的补贴期间：须由管理员先解锁。</translation>
        </message>
        <message>
            <source>Adding up the tickets…</source>
            <translation>正在汇总餐票…</translation>
        </message>
        <message>
            <source>Canteen subsidy settlement {period}</source>
            <translation>助餐补贴结算表 {period}</translation>
        </message>
        <message>
            <source>{start} to {end} · {status}</source>
            <translation>{start} 至 {end} · {status}</translation>
        </message>
        <message>
            <source>settled (locked)</source>
            <translation>已结算（已锁定）</translation>
        </message>
        <message>
            <source>draft (not locked)</source>
            <translation>草稿（未锁定）</translation>
        </message>
        <message>
            <source>Meal count (人次)</source>
            <translation>就餐人次</translation>
        </message>
        <message>
            <source>Distinct diners</source>
            <translation>就餐人数</translation>
        </message>
        <message>
            <source>Meal price total</source>
            <translation>餐费合计</translation>
        </message>
        <message>
            <source>Subsidy total</source>
            <translation>补贴合计</translation>
        </message>
        <message>
            <source>Self-paid total</source>
            <translation>自付合计</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>补贴档次</translation>
        </message>
        <message>
            <source>Diners</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Meals (人次)</source>
            <translation>人次</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>补贴</translation>
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
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Per diner</source>
            <translation>长者明细</translation>
        </message>
        <message>
            <source>Prepared by: ____________  Date: ________</source>
            <translation>制表人：____________  日期：________</translation>
        </message>
        <message>
            <source>Reviewed by: ____________  Date: ________</source>
            <translation>审核人：____________  日期：________</translation>
        </message>
        <message>
            <source>Center seal:</source>
            <translation>中心盖章：</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <source>Meal price</source>
            <translation>餐费</translation>
        </message>
        <message>
            <source>Ticket detail</source>
            <translation>餐票明细</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>票号</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <source>This period is not over yet: settle it after {day}.</source>
            <translation>该期间尚未结束：请在 {day} 之后结算。</translation>
        </message>
        <message>
            <source>Close these cashier days first: {days}{more}</source>
            <translation>请先完成这些收银日结：{days}{more}</translation>
        </message>
        <message>
            <source>This period (or part of it) is already settled.</source>
            <translation>该期间（或其中一部分）已结算。</translation>
        </message>
        <message>
            <source>Say why the period is unlocked.</source>
            <translation>请填写解锁原因。</translation>
        </message>
        <message>
            <source>This period is not settled.</source>
            <translation>该期间尚未结算。</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>正在生成 PDF…</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>正在生成 Excel 文件…</translation>
        </message>
        <message>
            <source>NOT saved: the database server cannot be reached. Check the network and the server PC, then sell again.</source>
            <translation>未保存：连不上数据库服务器。请检查网络和服务器电脑，然后重新售卖。</translation>
        </message>
        <message>
            <source>NOT saved: the connection to the database server was lost before the sale was saved. Sell it again.</source>
            <translation>未保存：保存前与数据库服务器的连接断开了。请重新售卖。</translation>
        </message>
        <message>
            <source>NOT KNOWN YET whether ticket {number} was saved: the connection to the database server was lost while saving and the server does not answer. Do not sell it again; this screen says which as soon as the server is back.</source>
            <translation>暂不确定餐票 {number} 是否已保存：保存时与数据库服务器的连接断开，服务器暂无响应。请勿重复售卖；服务器恢复后本屏会立即显示结果。</translation>
        </message>
        <message>
            <source>NOT saved: the connection to the database server was lost while saving ticket {number}, and it is not in the database. Sell it again.</source>
            <translation>未保存：保存餐票 {number} 时连接断开，数据库中没有这张餐票。请重新售卖。</translation>
        </message>
    </context>
    <context>
        <name>CanteenPage</name>
        <message>
            <source>Canteen</source>
            <translation>食堂</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>售票</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>预订</translation>
        </message>
        <message>
            <source>Settlement…</source>
            <translation>补贴结算…</translation>
        </message>
        <message>
            <source>Subsidy settlement</source>
            <translation>补贴结算</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Canteen settings</source>
            <translation>食堂设置</translation>
        </message>
    </context>
    <context>
        <name>CanteenProfile</name>
        <message>
            <source>Canteen</source>
            <translation>食堂</translation>
        </message>
        <message>
            <source>Meal tickets</source>
            <translation>餐券</translation>
        </message>
        <message>
            <source>Subsidy received</source>
            <translation>已获补贴</translation>
        </message>
        <message>
            <source>Last meal</source>
            <translation>最近就餐</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>饭卡</translation>
        </message>
    </context>
    <context>
        <name>CanteenSettingsDialog</name>
        <message>
            <source>Canteen settings</source>
            <translation>食堂设置</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Subsidy rules</source>
            <translation>补贴规则</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>DayCloseDialog</name>
        <message>
            <source>Close the day</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Closes {day}, the drawer of {name}</source>
            <translation>日结 {day}，{name}的钱箱</translation>
        </message>
        <message>
            <source>Tickets / meals</source>
            <translation>餐券 / 份数</translation>
        </message>
        <message>
            <source>Whose drawer</source>
            <translation>谁的钱箱</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已日结</translation>
        </message>
        <message>
            <source>{n} tickets</source>
            <translation>{n} 张餐票</translation>
        </message>
        <message>
            <source>{name} ({note})</source>
            <translation>{name}（{note}）</translation>
        </message>
        <message>
            <source>Drawer of</source>
            <translation>钱箱所属</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>自付</translation>
        </message>
        <message>
            <source>Government subsidy</source>
            <translation>政府补贴</translation>
        </message>
        <message>
            <source>Cash sales</source>
            <translation>现金售餐</translation>
        </message>
        <message>
            <source>Notes and coins counted</source>
            <translation>清点现金（张/枚）</translation>
        </message>
        <message>
            <source>Reopen the day…</source>
            <translation>重新打开当日…</translation>
        </message>
        <message>
            <source>Reopen the day</source>
            <translation>重新打开当日</translation>
        </message>
        <message>
            <source>{time} card {card}: {amount}</source>
            <translation>{time} 饭卡 {card}：{amount}</translation>
        </message>
        <message>
            <source>Together: {amount}</source>
            <translation>合计：{amount}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>This day is closed: {at} by {name}. Counted {counted}, expected {expected}: {difference}.</source>
            <translation>该日已日结：{at}，{name} 日结。清点 {counted}，应有 {expected}：{difference}。</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <source>Why is the day of {name} reopened? (its close stays on record)</source>
            <translation>为什么要重新打开{name}的当日？（原日结记录会保留）</translation>
        </message>
        <message>
            <source>The day of {name} is open again: close it when the drawer is counted.</source>
            <translation>{name}的当日已重新打开：清点钱箱后请再次日结。</translation>
        </message>
        <message>
            <source>Cash difference</source>
            <translation>现金差额</translation>
        </message>
        <message>
            <source>{difference} in the drawer of {name}: counted {counted}, expected {expected}.
Why? (kept with the close and printed on the Z report)</source>
            <translation>{name} 的钱箱{difference}：清点 {counted}，应有 {expected}。
原因是什么？（随日结保存，并打印在 Z 报表上）</translation>
        </message>
        <message>
            <source>Close the day of {name}? {difference} in the drawer.
Reason: {reason}</source>
            <translation>确定日结 {name} 的钱箱吗？钱箱{difference}。
原因：{reason}</translation>
        </message>
        <message>
            <source>Meal card top-ups in cash (included)</source>
            <translation>饭卡现金充值（已计入）</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>应有现金</translation>
        </message>
        <message>
            <source>Pieces of {v}</source>
            <translation>{v} 张数</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>This drawer's day is not closed.</source>
            <translation>该钱箱今天还没有日结。</translation>
        </message>
        <message>
            <source>This drawer's day is closed already.</source>
            <translation>该钱箱今天已日结。</translation>
        </message>
        <message>
            <source>Counted {c} · {difference}</source>
            <translation>清点 {c} · {difference}</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Page {n}</source>
            <translation>第 {n} 页</translation>
        </message>
    </context>
    <context>
        <name>MealCardDialog</name>
        <message>
            <source>Meal card</source>
            <translation>饭卡</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Issue card</source>
            <translation>开卡</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>无饭卡</translation>
        </message>
        <message>
            <source>{name}: balance {b}</source>
            <translation>{name}：余额 {b}</translation>
        </message>
        <message>
            <source>Enter the amount in yuan, e.g. 50 or 12.50.</source>
            <translation>请输入金额（元），例如 50 或 12.50。</translation>
        </message>
    </context>
    <context>
        <name>RuleEditor</name>
        <message>
            <source>Subsidy rule versions</source>
            <translation>补贴规则版本</translation>
        </message>
        <message>
            <source>New rule or new version of</source>
            <translation>新规则或新版本</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>档次名称</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Lowest age</source>
            <translation>最低年龄</translation>
        </message>
        <message>
            <source>Highest age</source>
            <translation>最高年龄</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Minimum self-paid (¥)</source>
            <translation>最低自付（元）</translation>
        </message>
        <message>
            <source>Fixed price (¥)</source>
            <translation>固定价格（元）</translation>
        </message>
        <message>
            <source>empty: stacked amounts</source>
            <translation>留空：按出资方叠加</translation>
        </message>
        <message>
            <source>Who pays the difference</source>
            <translation>差额承担方</translation>
        </message>
        <message>
            <source>Subsidised meals per person</source>
            <translation>每人补贴份数</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Limit counted per</source>
            <translation>限次计算方式</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>per meal</source>
            <translation>每餐次</translation>
        </message>
        <message>
            <source>Local residents only</source>
            <translation>仅限本地户籍</translation>
        </message>
        <message>
            <source>Working days only</source>
            <translation>仅工作日</translation>
        </message>
        <message>
            <source>Not on holidays</source>
            <translation>节假日不补贴</translation>
        </message>
        <message>
            <source>Add rule version</source>
            <translation>新增规则版本</translation>
        </message>
        <message>
            <source>Age range</source>
            <translation>年龄段</translation>
        </message>
        <message>
            <source>Or any of these categories</source>
            <translation>或以下任一类别</translation>
        </message>
        <message>
            <source>Meals (none ticked: all)</source>
            <translation>餐次（不勾选：全部）</translation>
        </message>
        <message>
            <source>Per meal (¥)</source>
            <translation>每餐补贴（元）</translation>
        </message>
        <message>
            <source>New version (past tickets never change)</source>
            <translation>新版本（已售餐票不受影响）</translation>
        </message>
        <message>
            <source>Each funder's scheme is its own set of rules: give a rule one funder's amount (district age tiers, a street supplement for extreme poverty…). A diner gets every funder's scheme they qualify for — the best tier of each — added up and capped at the price less the minimum self-paid. A rule paying several funders still works; it never adds to another rule paying one of the same funders.</source>
            <translation>每个出资方的补贴方案各自成套：一条规则只填一个出资方的金额（如区级按年龄分档、街道对特困人员的补充）。就餐人符合几个出资方的方案就享受几个（每个方案取最高一档），合计不超过餐价减最低自付。同时填了多个出资方的旧规则照常有效，但不会与出资方相同的其他规则叠加。</translation>
        </message>
        <message>
            <source>fixed price {p}</source>
            <translation>固定价 {p}</translation>
        </message>
        <message>
            <source>{n} a day</source>
            <translation>每天 {n} 份</translation>
        </message>
        <message>
            <source>{n} a meal</source>
            <translation>每餐 {n} 份</translation>
        </message>
        <message>
            <source>A new rule</source>
            <translation>新规则</translation>
        </message>
        <message>
            <source>{name} (since {day})</source>
            <translation>{name}（自 {day} 起）</translation>
        </message>
        <message>
            <source>Rule version added.</source>
            <translation>已新增规则版本。</translation>
        </message>
    </context>
    <context>
        <name>RulesModel</name>
        <message>
            <source>Tier</source>
            <translation>档次</translation>
        </message>
        <message>
            <source>From</source>
            <translation>生效</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>补贴对象</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>补贴</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>限次</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Find or scan diner</source>
            <translation>查找或扫描就餐人</translation>
        </message>
        <message>
            <source>Pinyin, phone or ID digits; scan an ID or meal card; Enter</source>
            <translation>拼音首字母、电话或身份证号；扫描身份证或饭卡；回车</translation>
        </message>
        <message>
            <source>Matching diners</source>
            <translation>匹配的就餐人</translation>
        </message>
        <message>
            <source>Cash tendered</source>
            <translation>实收现金</translation>
        </message>
        <message>
            <source>F9 cash tendered (¥)</source>
            <translation>F9 实收现金（元）</translation>
        </message>
        <message>
            <source>With a diner chosen and the find box empty: type 1–9 for the quantity, + or − to change it.</source>
            <translation>选好就餐者且查找框为空时：按 1–9 输入份数，按 + 或 − 增减。</translation>
        </message>
        <message>
            <source>F4 Walk-in guest</source>
            <translation>F4 散客</translation>
        </message>
        <message>
            <source>Walk-in guest</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>Sell (Enter)</source>
            <translation>售餐（回车）</translation>
        </message>
        <message>
            <source>Sell</source>
            <translation>售餐</translation>
        </message>
        <message>
            <source>F11 Approve late subsidy…</source>
            <translation>F11 批准超时补贴…</translation>
        </message>
        <message>
            <source>Approve a subsidised meal outside serving hours</source>
            <translation>批准供餐时间外的补贴餐</translation>
        </message>
        <message>
            <source>Meal card…</source>
            <translation>饭卡…</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>饭卡</translation>
        </message>
        <message>
            <source>Today's tickets</source>
            <translation>今日餐券</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>Void ticket</source>
            <translation>作废餐券</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>补打</translation>
        </message>
        <message>
            <source>Reprint ticket</source>
            <translation>补打餐券</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X 报表</translation>
        </message>
        <message>
            <source>Mid-shift report</source>
            <translation>班中报表</translation>
        </message>
        <message>
            <source>Close day…</source>
            <translation>日结…</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Serving window: scan tickets to serve</source>
            <translation>取餐窗口：扫描餐券出餐</translation>
        </message>
        <message>
            <source>Serving window mode</source>
            <translation>取餐窗口模式</translation>
        </message>
        <message>
            <source>Walk-in guest (full price)</source>
            <translation>散客（全价）</translation>
        </message>
        <message>
            <source>Bought on the diner's behalf</source>
            <translation>家属代买</translation>
        </message>
        <message>
            <source>Supervisor approves a late subsidised meal</source>
            <translation>主管批准时段外补贴餐</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <source>Bought on behalf</source>
            <translation>代购</translation>
        </message>
        <message>
            <source>Who is buying for this diner?</source>
            <translation>谁为该就餐人代购？</translation>
        </message>
        <message>
            <source>Quantity: {n}  (keys 1–9, + −)</source>
            <translation>份数：{n}（按 1–9 或 + −）</translation>
        </message>
        <message>
            <source>Quantity: {n}</source>
            <translation>份数：{n}</translation>
        </message>
        <message>
            <source>Choose a ticket in the list first.</source>
            <translation>请先在列表中选择一张餐券。</translation>
        </message>
        <message>
            <source>Change due</source>
            <translation>应找零钱</translation>
        </message>
        <message>
            <source>No diner</source>
            <translation>未选就餐人</translation>
        </message>
        <message>
            <source>Find or scan a diner, or F4 for a walk-in guest</source>
            <translation>查找或扫描就餐人，散客按 F4</translation>
        </message>
        <message>
            <source>This ticket is void already.</source>
            <translation>该餐券已作废。</translation>
        </message>
        <message>
            <source>This meal has been served: it cannot be voided.</source>
            <translation>该餐已取餐，不能作废。</translation>
        </message>
        <message>
            <source>Find or scan a diner first, or F4 for a walk-in guest.</source>
            <translation>请先查找或扫描就餐人，散客按 F4。</translation>
        </message>
        <message>
            <source>Full price</source>
            <translation>全价</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} 岁</translation>
        </message>
        <message>
            <source>card {b}</source>
            <translation>饭卡 {b}</translation>
        </message>
        <message>
            <source>booked ×{n}</source>
            <translation>已预订 ×{n}</translation>
        </message>
        <message>
            <source>This diner's record is archived: no sale until it is restored.</source>
            <translation>该就餐人档案已归档：恢复之前不能售餐。</translation>
        </message>
        <message>
            <source>Price {p}</source>
            <translation>价格 {p}</translation>
        </message>
        <message>
            <source>Government subsidy {x} | Self-paid {y}</source>
            <translation>政府补贴 {x} | 自付 {y}</translation>
        </message>
        <message>
            <source>Change {c}</source>
            <translation>找零 {c}</translation>
        </message>
        <message>
            <source>Tendered is {s} short</source>
            <translation>实收还差 {s}</translation>
        </message>
        <message>
            <source>Bought by {name}</source>
            <translation>代购人 {name}</translation>
        </message>
        <message>
            <source>Outside serving hours: selling needs a supervisor's approval (F11).</source>
            <translation>不在供餐时间：售补贴餐须主管批准（F11）。</translation>
        </message>
        <message>
            <source>Late subsidy approved by {name}</source>
            <translation>超时补贴已由 {name} 批准</translation>
        </message>
        <message>
            <source>No diner matches “{q}”.</source>
            <translation>没有与“{q}”匹配的就餐人。</translation>
        </message>
        <message>
            <source>Choose a diner first.</source>
            <translation>请先选择就餐人。</translation>
        </message>
        <message>
            <source>The amount tendered is too large: at most {most}.</source>
            <translation>实收金额太大：最多 {most}。</translation>
        </message>
        <message>
            <source>The amount tendered is not a number.</source>
            <translation>实收金额不是数字。</translation>
        </message>
        <message>
            <source>Wait: it is being checked whether ticket {n} was saved (see below).</source>
            <translation>请稍候：正在核实餐票 {n} 是否已保存（见下方）。</translation>
        </message>
        <message>
            <source>{name} already had a subsidised meal today: ticket {number} at {time}, sold by {cashier}.

Sell another one at the full price of {price}?</source>
            <translation>{name} 今天已享受过一次补贴餐：餐票 {number}，{time}，收银员 {cashier}。

再按原价 {price} 卖一份吗？</translation>
        </message>
        <message>
            <source>Second meal today</source>
            <translation>今天第二份餐</translation>
        </message>
        <message>
            <source>Not sold: {name} already had this meal.</source>
            <translation>未售出：{name} 今天已吃过这一餐。</translation>
        </message>
        <message>
            <source>Sold {n}: self-paid {y}</source>
            <translation>已售 {n}：自付 {y}</translation>
        </message>
        <message>
            <source>The connection dropped while saving; checked: SAVED.</source>
            <translation>保存时连接断开；已核实：已保存。</translation>
        </message>
        <message>
            <source>change {c}</source>
            <translation>找零 {c}</translation>
        </message>
        <message>
            <source>card balance {b}</source>
            <translation>饭卡余额 {b}</translation>
        </message>
        <message>
            <source>Change due {amount}</source>
            <translation>找零 {amount}</translation>
        </message>
        <message>
            <source>A subsidised meal outside serving hours</source>
            <translation>供餐时间外的补贴餐</translation>
        </message>
        <message>
            <source>Ticket {n} was NOT saved (checked now the server is back). Sell it again.</source>
            <translation>餐票 {n} 未保存（服务器恢复后已核实）。请重新售卖。</translation>
        </message>
        <message>
            <source>Ticket {n} was SAVED (checked now the server is back); its receipt is printed.</source>
            <translation>餐票 {n} 已保存（服务器恢复后已核实），小票已打印。</translation>
        </message>
        <message>
            <source>Receipt queued (no printer): {path}</source>
            <translation>小票已排队（无打印机）：{path}</translation>
        </message>
        <message>
            <source>Why is ticket {n} voided?</source>
            <translation>餐券 {n} 作废原因？</translation>
        </message>
        <message>
            <source>Void ticket {n}: {r}</source>
            <translation>作废餐券 {n}：{r}</translation>
        </message>
        <message>
            <source>Ticket {n} voided.</source>
            <translation>餐券 {n} 已作废。</translation>
        </message>
        <message>
            <source>window</source>
            <translation>取餐窗口</translation>
        </message>
        <message>
            <source>Serve {n}: {q} × meal</source>
            <translation>出餐 {n}：{q} 份</translation>
        </message>
        <message>
            <source>Scan a ticket's QR code to serve it</source>
            <translation>扫描餐券二维码出餐</translation>
        </message>
    </context>
    <context>
        <name>SettlementDialog</name>
        <message>
            <source>Subsidy settlement</source>
            <translation>补贴结算</translation>
        </message>
        <message>
            <source>Month or quarter</source>
            <translation>按月或按季度</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Month or quarter number</source>
            <translation>月份或季度</translation>
        </message>
        <message>
            <source>Also list every ticket in the Excel file (slower)</source>
            <translation>Excel 文件中同时列出每张餐票（较慢）</translation>
        </message>
        <message>
            <source>List every ticket</source>
            <translation>列出每张餐票</translation>
        </message>
        <message>
            <source>Export PDF and Excel</source>
            <translation>导出 PDF 和 Excel</translation>
        </message>
        <message>
            <source>Settle and lock…</source>
            <translation>结算并锁定…</translation>
        </message>
        <message>
            <source>Settle and lock the period</source>
            <translation>结算并锁定该期间</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>解锁…</translation>
        </message>
        <message>
            <source>Unlock the period</source>
            <translation>解锁该期间</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>结算周期</translation>
        </message>
        <message>
            <source>Month / quarter</source>
            <translation>月份 / 季度</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{span}: settled on {when}, locked.</source>
            <translation>{span}：已于 {when} 结算，已锁定。</translation>
        </message>
        <message>
            <source>{span}: not settled.</source>
            <translation>{span}：尚未结算。</translation>
        </message>
        <message>
            <source>{n} cashier days are not closed yet.</source>
            <translation>还有 {n} 个收银日未日结。</translation>
        </message>
        <message>
            <source>Only an administrator settles or unlocks.</source>
            <translation>只有管理员可以结算或解锁。</translation>
        </message>
        <message>
            <source>Not settled.</source>
            <translation>尚未结算。</translation>
        </message>
        <message>
            <source>Already settled.</source>
            <translation>已经结算。</translation>
        </message>
        <message>
            <source>Meals (人次) {m} · diners {d} · subsidy {s} · self-paid {p}</source>
            <translation>就餐人次 {m} · 人数 {d} · 补贴 {s} · 自付 {p}</translation>
        </message>
        <message>
            <source>Excel file: {path}</source>
            <translation>Excel 文件：{path}</translation>
        </message>
        <message>
            <source>Preparing the settlement…</source>
            <translation>正在生成结算表…</translation>
        </message>
        <message>
            <source>Settle and lock this period? No sale, void or day reopening will be possible in it.</source>
            <translation>结算并锁定该期间？锁定后该期间内不能再售票、作废或重开日结。</translation>
        </message>
        <message>
            <source>Unlock period</source>
            <translation>解锁期间</translation>
        </message>
        <message>
            <source>Why is the settled period unlocked?</source>
            <translation>为什么要解锁已结算的期间？</translation>
        </message>
    </context>
    <context>
        <name>SlotEditor</name>
        <message>
            <source>Meal slot</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Serving starts</source>
            <translation>供餐开始</translation>
        </message>
        <message>
            <source>Serving ends</source>
            <translation>供餐结束</translation>
        </message>
        <message>
            <source>Set price (¥)</source>
            <translation>套餐价格（元）</translation>
        </message>
        <message>
            <source>The day's dishes</source>
            <translation>当日菜品</translation>
        </message>
        <message>
            <source>Portion limit</source>
            <translation>限量份数</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限量</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>供应</translation>
        </message>
        <message>
            <source>A subsidised meal outside the serving window</source>
            <translation>供餐时间外的补贴餐</translation>
        </message>
        <message>
            <source>Refused unless a supervisor approves</source>
            <translation>拒绝售卖，主管批准除外</translation>
        </message>
        <message>
            <source>Sold at full price unless a supervisor approves</source>
            <translation>按原价售卖，主管批准除外</translation>
        </message>
        <message>
            <source>Save meal</source>
            <translation>保存餐次</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <source>Serving window</source>
            <translation>供餐时间</translation>
        </message>
        <message>
            <source>Subsidised meal outside the window (all meals)</source>
            <translation>供餐时间外的补贴餐（所有餐次）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <source>Ticket</source>
            <translation>餐券号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Diner</source>
            <translation>就餐人</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>补贴</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>自付</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>散客</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>已取餐</translation>
        </message>
    </context>
</TS>
