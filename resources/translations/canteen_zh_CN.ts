<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
            <source>No such ticket.</source>
            <translation>没有这张餐券。</translation>
        </message>
        <message>
            <source>Meal ticket</source>
            <translation>餐券</translation>
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
            <source>This day is already closed.</source>
            <translation>该日已日结。</translation>
        </message>
        <message>
            <source>Only an administrator may reopen a closed day.</source>
            <translation>只有管理员可以重新打开已日结的一天。</translation>
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
            <source>Void {n}</source>
            <translation>作废 {n}</translation>
        </message>
        <message>
            <source>{amount}, approved by {by}: {reason}</source>
            <translation>{amount}，审批人 {by}：{reason}</translation>
        </message>
        <message>
            <source>{day} · cashier {name}</source>
            <translation>{day} · 收银员 {name}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
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
            <source>Unknown meal slot.</source>
            <translation>未知餐次。</translation>
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
            <source>The buyer's name is too long (50 characters at most).</source>
            <translation>代购人姓名过长（最多 50 个字）。</translation>
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
            <source>Say why the ticket is voided.</source>
            <translation>请填写作废原因。</translation>
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
            <source>A card number is 1 to 30 letters or digits.</source>
            <translation>卡号为 1 到 30 位字母或数字。</translation>
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
            <source>The card holds only {b}: it cannot refund more.</source>
            <translation>饭卡余额仅 {b}，不能退更多。</translation>
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
        <name>DayCloseDialog</name>
        <message>
            <source>Close the day</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Tickets / meals</source>
            <translation>餐券 / 份数</translation>
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
            <source>Counted {c} · difference {d}</source>
            <translation>清点 {c} · 差额 {d}</translation>
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
            <source>Bought on behalf</source>
            <translation>代购</translation>
        </message>
        <message>
            <source>Who is buying for this diner?</source>
            <translation>谁为该就餐人代购？</translation>
        </message>
        <message>
            <source>Quantity: {n}</source>
            <translation>份数：{n}</translation>
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
            <source>No diner matches “{q}”.</source>
            <translation>没有与“{q}”匹配的就餐人。</translation>
        </message>
        <message>
            <source>Choose a diner first.</source>
            <translation>请先选择就餐人。</translation>
        </message>
        <message>
            <source>The amount tendered is not a number.</source>
            <translation>实收金额不是数字。</translation>
        </message>
        <message>
            <source>Sold {n}: self-paid {y}</source>
            <translation>已售 {n}：自付 {y}</translation>
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
