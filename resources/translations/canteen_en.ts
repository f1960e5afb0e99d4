<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Canteen</name>
        <message>
            <source>city subsidy</source>
            <translation>city subsidy</translation>
        </message>
        <message>
            <source>district subsidy</source>
            <translation>district subsidy</translation>
        </message>
        <message>
            <source>street subsidy</source>
            <translation>street subsidy</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Guest: full price</source>
            <translation>Guest: full price</translation>
        </message>
        <message>
            <source>Full price</source>
            <translation>Full price</translation>
        </message>
        <message>
            <source>No subsidy applies: full price</source>
            <translation>No subsidy applies: full price</translation>
        </message>
        <message>
            <source>{tier}: subsidised meal already taken today, full price</source>
            <translation>{tier}: subsidised meal already taken today, full price</translation>
        </message>
        <message>
            <source>{tier} {parts} (for {n} of the meals; the rest at full price)</source>
            <translation>{tier} {parts} (for {n} of the meals; the rest at full price)</translation>
        </message>
        <message>
            <source>No such ticket.</source>
            <translation>No such ticket.</translation>
        </message>
        <message>
            <source>Meal ticket</source>
            <translation>Meal ticket</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Diner</source>
            <translation>Diner</translation>
        </message>
        <message>
            <source>Bought by</source>
            <translation>Bought by</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Government subsidy {x} | Self-paid {y}</source>
            <translation>Government subsidy {x} | Self-paid {y}</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Tendered</source>
            <translation>Tendered</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>VOID</translation>
        </message>
        <message>
            <source>Count each note and coin as 0 or more.</source>
            <translation>Count each note and coin as 0 or more.</translation>
        </message>
        <message>
            <source>This day is already closed.</source>
            <translation>This day is already closed.</translation>
        </message>
        <message>
            <source>Only an administrator may reopen a closed day.</source>
            <translation>Only an administrator may reopen a closed day.</translation>
        </message>
        <message>
            <source>Say why the day is reopened.</source>
            <translation>Say why the day is reopened.</translation>
        </message>
        <message>
            <source>That day is not closed.</source>
            <translation>That day is not closed.</translation>
        </message>
        <message>
            <source>Day close (Z report)</source>
            <translation>Day close (Z report)</translation>
        </message>
        <message>
            <source>Mid-shift (X report)</source>
            <translation>Mid-shift (X report)</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Meals</translation>
        </message>
        <message>
            <source>Total price</source>
            <translation>Total price</translation>
        </message>
        <message>
            <source>Government subsidy</source>
            <translation>Government subsidy</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>Self-paid</translation>
        </message>
        <message>
            <source>Paid by {method}</source>
            <translation>Paid by {method}</translation>
        </message>
        <message>
            <source>Meals: {slot}</source>
            <translation>Meals: {slot}</translation>
        </message>
        <message>
            <source>Meal card top-ups in cash</source>
            <translation>Meal card top-ups in cash</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>Expected cash</translation>
        </message>
        <message>
            <source>Counted cash</source>
            <translation>Counted cash</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Void {n}</source>
            <translation>Void {n}</translation>
        </message>
        <message>
            <source>{amount}, approved by {by}: {reason}</source>
            <translation>{amount}, approved by {by}: {reason}</translation>
        </message>
        <message>
            <source>{day} · cashier {name}</source>
            <translation>{day} · cashier {name}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Cashier signature: ____________    Checked by: ____________</source>
            <translation>Cashier signature: ____________    Checked by: ____________</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>Meal card</translation>
        </message>
        <message>
            <source>This diner is not in the registry.</source>
            <translation>This diner is not in the registry.</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>The quantity must be at least 1.</translation>
        </message>
        <message>
            <source>At most {n} meals in one sale.</source>
            <translation>At most {n} meals in one sale.</translation>
        </message>
        <message>
            <source>Unknown meal slot.</source>
            <translation>Unknown meal slot.</translation>
        </message>
        <message>
            <source>Choose how the diner pays.</source>
            <translation>Choose how the diner pays.</translation>
        </message>
        <message>
            <source>A guest cannot pay with a meal card.</source>
            <translation>A guest cannot pay with a meal card.</translation>
        </message>
        <message>
            <source>The amount tendered is not plausible.</source>
            <translation>The amount tendered is not plausible.</translation>
        </message>
        <message>
            <source>The buyer's name is too long (50 characters at most).</source>
            <translation>The buyer's name is too long (50 characters at most).</translation>
        </message>
        <message>
            <source>Your day is closed: no more sales today unless an admin reopens it.</source>
            <translation>Your day is closed: no more sales today unless an admin reopens it.</translation>
        </message>
        <message>
            <source>This diner's record is archived: restore it before selling.</source>
            <translation>This diner's record is archived: restore it before selling.</translation>
        </message>
        <message>
            <source>Only {n} portions are left for this meal.</source>
            <translation>Only {n} portions are left for this meal.</translation>
        </message>
        <message>
            <source>Tendered {t} is less than the {d} due.</source>
            <translation>Tendered {t} is less than the {d} due.</translation>
        </message>
        <message>
            <source>This diner has no meal card.</source>
            <translation>This diner has no meal card.</translation>
        </message>
        <message>
            <source>The meal card holds {b}, less than the {d} due.</source>
            <translation>The meal card holds {b}, less than the {d} due.</translation>
        </message>
        <message>
            <source>Say why the ticket is voided.</source>
            <translation>Say why the ticket is voided.</translation>
        </message>
        <message>
            <source>This ticket is already void.</source>
            <translation>This ticket is already void.</translation>
        </message>
        <message>
            <source>This meal has been served: it cannot be voided.</source>
            <translation>This meal has been served: it cannot be voided.</translation>
        </message>
        <message>
            <source>That day is closed: an admin must reopen it before a void.</source>
            <translation>That day is closed: an admin must reopen it before a void.</translation>
        </message>
        <message>
            <source>No ticket {n}.</source>
            <translation>No ticket {n}.</translation>
        </message>
        <message>
            <source>Ticket {n} was voided: do not serve it.</source>
            <translation>Ticket {n} was voided: do not serve it.</translation>
        </message>
        <message>
            <source>Ticket {n} was already served at {when} at {where}.</source>
            <translation>Ticket {n} was already served at {when} at {where}.</translation>
        </message>
        <message>
            <source>Ticket {n} is for {day}, not today.</source>
            <translation>Ticket {n} is for {day}, not today.</translation>
        </message>
        <message>
            <source>A card number is 1 to 30 letters or digits.</source>
            <translation>A card number is 1 to 30 letters or digits.</translation>
        </message>
        <message>
            <source>This diner already has a meal card.</source>
            <translation>This diner already has a meal card.</translation>
        </message>
        <message>
            <source>This card number is taken.</source>
            <translation>This card number is taken.</translation>
        </message>
        <message>
            <source>Enter an amount between ¥0.01 and ¥5000.</source>
            <translation>Enter an amount between ¥0.01 and ¥5000.</translation>
        </message>
        <message>
            <source>The card holds only {b}: it cannot refund more.</source>
            <translation>The card holds only {b}: it cannot refund more.</translation>
        </message>
    </context>
    <context>
        <name>CanteenProfile</name>
        <message>
            <source>Canteen</source>
            <translation>Canteen</translation>
        </message>
        <message>
            <source>Meal tickets</source>
            <translation>Meal tickets</translation>
        </message>
        <message>
            <source>Subsidy received</source>
            <translation>Subsidy received</translation>
        </message>
        <message>
            <source>Last meal</source>
            <translation>Last meal</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>Meal card</translation>
        </message>
    </context>
    <context>
        <name>DayCloseDialog</name>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <source>Tickets / meals</source>
            <translation>Tickets / meals</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>Self-paid</translation>
        </message>
        <message>
            <source>Government subsidy</source>
            <translation>Government subsidy</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>Expected cash</translation>
        </message>
        <message>
            <source>Pieces of {v}</source>
            <translation>Pieces of {v}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Counted {c} · difference {d}</source>
            <translation>Counted {c} · difference {d}</translation>
        </message>
    </context>
    <context>
        <name>MealCardDialog</name>
        <message>
            <source>Meal card</source>
            <translation>Meal card</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Issue card</source>
            <translation>Issue card</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>Amount (¥)</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>Top up</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>no card</translation>
        </message>
        <message>
            <source>{name}: balance {b}</source>
            <translation>{name}: balance {b}</translation>
        </message>
        <message>
            <source>Enter the amount in yuan, e.g. 50 or 12.50.</source>
            <translation>Enter the amount in yuan, e.g. 50 or 12.50.</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Find or scan diner</source>
            <translation>Find or scan diner</translation>
        </message>
        <message>
            <source>Pinyin, phone or ID digits; scan an ID or meal card; Enter</source>
            <translation>Pinyin, phone or ID digits; scan an ID or meal card; Enter</translation>
        </message>
        <message>
            <source>Matching diners</source>
            <translation>Matching diners</translation>
        </message>
        <message>
            <source>Cash tendered</source>
            <translation>Cash tendered</translation>
        </message>
        <message>
            <source>F9 cash tendered (¥)</source>
            <translation>F9 cash tendered (¥)</translation>
        </message>
        <message>
            <source>F4 Walk-in guest</source>
            <translation>F4 Walk-in guest</translation>
        </message>
        <message>
            <source>Walk-in guest</source>
            <translation>Walk-in guest</translation>
        </message>
        <message>
            <source>Sell (Enter)</source>
            <translation>Sell (Enter)</translation>
        </message>
        <message>
            <source>Sell</source>
            <translation>Sell</translation>
        </message>
        <message>
            <source>Meal card…</source>
            <translation>Meal card…</translation>
        </message>
        <message>
            <source>Meal card</source>
            <translation>Meal card</translation>
        </message>
        <message>
            <source>Today's tickets</source>
            <translation>Today's tickets</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>Void ticket</source>
            <translation>Void ticket</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Reprint ticket</source>
            <translation>Reprint ticket</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Mid-shift report</source>
            <translation>Mid-shift report</translation>
        </message>
        <message>
            <source>Close day…</source>
            <translation>Close day…</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <source>Serving window: scan tickets to serve</source>
            <translation>Serving window: scan tickets to serve</translation>
        </message>
        <message>
            <source>Serving window mode</source>
            <translation>Serving window mode</translation>
        </message>
        <message>
            <source>Bought on behalf</source>
            <translation>Bought on behalf</translation>
        </message>
        <message>
            <source>Who is buying for this diner?</source>
            <translation>Who is buying for this diner?</translation>
        </message>
        <message>
            <source>Quantity: {n}</source>
            <translation>Quantity: {n}</translation>
        </message>
        <message>
            <source>No diner</source>
            <translation>No diner</translation>
        </message>
        <message>
            <source>Find or scan a diner, or F4 for a walk-in guest</source>
            <translation>Find or scan a diner, or F4 for a walk-in guest</translation>
        </message>
        <message>
            <source>Full price</source>
            <translation>Full price</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>card {b}</source>
            <translation>card {b}</translation>
        </message>
        <message>
            <source>Price {p}</source>
            <translation>Price {p}</translation>
        </message>
        <message>
            <source>Government subsidy {x} | Self-paid {y}</source>
            <translation>Government subsidy {x} | Self-paid {y}</translation>
        </message>
        <message>
            <source>Change {c}</source>
            <translation>Change {c}</translation>
        </message>
        <message>
            <source>Tendered is {s} short</source>
            <translation>Tendered is {s} short</translation>
        </message>
        <message>
            <source>Bought by {name}</source>
            <translation>Bought by {name}</translation>
        </message>
        <message>
            <source>No diner matches “{q}”.</source>
            <translation>No diner matches “{q}”.</translation>
        </message>
        <message>
            <source>Choose a diner first.</source>
            <translation>Choose a diner first.</translation>
        </message>
        <message>
            <source>The amount tendered is not a number.</source>
            <translation>The amount tendered is not a number.</translation>
        </message>
        <message>
            <source>Sold {n}: self-paid {y}</source>
            <translation>Sold {n}: self-paid {y}</translation>
        </message>
        <message>
            <source>change {c}</source>
            <translation>change {c}</translation>
        </message>
        <message>
            <source>card balance {b}</source>
            <translation>card balance {b}</translation>
        </message>
        <message>
            <source>Receipt queued (no printer): {path}</source>
            <translation>Receipt queued (no printer): {path}</translation>
        </message>
        <message>
            <source>Why is ticket {n} voided?</source>
            <translation>Why is ticket {n} voided?</translation>
        </message>
        <message>
            <source>Void ticket {n}: {r}</source>
            <translation>Void ticket {n}: {r}</translation>
        </message>
        <message>
            <source>Ticket {n} voided.</source>
            <translation>Ticket {n} voided.</translation>
        </message>
        <message>
            <source>window</source>
            <translation>window</translation>
        </message>
        <message>
            <source>Serve {n}: {q} × meal</source>
            <translation>Serve {n}: {q} × meal</translation>
        </message>
        <message>
            <source>Scan a ticket's QR code to serve it</source>
            <translation>Scan a ticket's QR code to serve it</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Diner</source>
            <translation>Diner</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Self-paid</source>
            <translation>Self-paid</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Served</translation>
        </message>
    </context>
</TS>
