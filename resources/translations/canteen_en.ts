<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BookingView</name>
        <message>
            <source>Day of the meal</source>
            <translation>Day of the meal</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Find diner to book</source>
            <translation>Find diner to book</translation>
        </message>
        <message>
            <source>Pinyin, phone or ID digits; Enter</source>
            <translation>Pinyin, phone or ID digits; Enter</translation>
        </message>
        <message>
            <source>Matching diners</source>
            <translation>Matching diners</translation>
        </message>
        <message>
            <source>No diner chosen</source>
            <translation>No diner chosen</translation>
        </message>
        <message>
            <source>Meals to book</source>
            <translation>Meals to book</translation>
        </message>
        <message>
            <source>Note for the kitchen</source>
            <translation>Note for the kitchen</translation>
        </message>
        <message>
            <source>Note for the kitchen (less salt, soft…)</source>
            <translation>Note for the kitchen (less salt, soft…)</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Book the meal</source>
            <translation>Book the meal</translation>
        </message>
        <message>
            <source>Bookings of the day</source>
            <translation>Bookings of the day</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>Cancel booking…</translation>
        </message>
        <message>
            <source>Cancel the selected booking</source>
            <translation>Cancel the selected booking</translation>
        </message>
        <message>
            <source>Kitchen list (A4)</source>
            <translation>Kitchen list (A4)</translation>
        </message>
        <message>
            <source>Print the kitchen list</source>
            <translation>Print the kitchen list</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Meals</translation>
        </message>
        <message>
            <source>{slot}: {n} meals ({d} diners)</source>
            <translation>{slot}: {n} meals ({d} diners)</translation>
        </message>
        <message>
            <source>Kitchen count for {day}</source>
            <translation>Kitchen count for {day}</translation>
        </message>
        <message>
            <source>No diner matches “{q}”.</source>
            <translation>No diner matches “{q}”.</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>Choose a diner first.</source>
            <translation>Choose a diner first.</translation>
        </message>
        <message>
            <source>Booked: {who}, {slot} on {day}.</source>
            <translation>Booked: {who}, {slot} on {day}.</translation>
        </message>
        <message>
            <source>Select a booking first.</source>
            <translation>Select a booking first.</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Why is {name}'s booking cancelled?</source>
            <translation>Why is {name}'s booking cancelled?</translation>
        </message>
    </context>
    <context>
        <name>BookingsModel</name>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Diner</source>
            <translation>Diner</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Meals</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cancelled: {reason}</source>
            <translation>Cancelled: {reason}</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Bought</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Booked</translation>
        </message>
    </context>
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
            <source>{tier} {parts} (for {n} of the meals; the others get less)</source>
            <translation>{tier} {parts} (for {n} of the meals; the others get less)</translation>
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
            <source>Book between 1 and {n} meals.</source>
            <translation>Book between 1 and {n} meals.</translation>
        </message>
        <message>
            <source>Bookings are for tomorrow or a later day.</source>
            <translation>Bookings are for tomorrow or a later day.</translation>
        </message>
        <message>
            <source>Bookings go at most {n} days ahead.</source>
            <translation>Bookings go at most {n} days ahead.</translation>
        </message>
        <message>
            <source>This diner's record is archived: restore it before booking.</source>
            <translation>This diner's record is archived: restore it before booking.</translation>
        </message>
        <message>
            <source>{name} already has a booking for this meal on {day}.</source>
            <translation>{name} already has a booking for this meal on {day}.</translation>
        </message>
        <message>
            <source>Say why the booking is cancelled.</source>
            <translation>Say why the booking is cancelled.</translation>
        </message>
        <message>
            <source>No such booking.</source>
            <translation>No such booking.</translation>
        </message>
        <message>
            <source>This booking is already cancelled.</source>
            <translation>This booking is already cancelled.</translation>
        </message>
        <message>
            <source>This booking was used by a sale: void the ticket instead.</source>
            <translation>This booking was used by a sale: void the ticket instead.</translation>
        </message>
        <message>
            <source>{n} diners</source>
            <translation>{n} diners</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Kitchen list: meals booked</source>
            <translation>Kitchen list: meals booked</translation>
        </message>
        <message>
            <source>{day} · printed {now}</source>
            <translation>{day} · printed {now}</translation>
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
            <source>Phone (last 4)</source>
            <translation>Phone (last 4)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Kitchen: ____________    Checked by: ____________</source>
            <translation>Kitchen: ____________    Checked by: ____________</translation>
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
            <source>{difference}: say why the cash differs before the day is closed.</source>
            <translation>{difference}: say why the cash differs before the day is closed.</translation>
        </message>
        <message>
            <source>{day} has not come yet: only today or an earlier day can be closed.</source>
            <translation>{day} has not come yet: only today or an earlier day can be closed.</translation>
        </message>
        <message>
            <source>Say why in at most {n} characters.</source>
            <translation>Say why in at most {n} characters.</translation>
        </message>
        <message>
            <source>No such cashier.</source>
            <translation>No such cashier.</translation>
        </message>
        <message>
            <source>This day is already closed.</source>
            <translation>This day is already closed.</translation>
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
            <source>Over {amount}</source>
            <translation>Over {amount}</translation>
        </message>
        <message>
            <source>Short {amount}</source>
            <translation>Short {amount}</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Balanced</translation>
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
            <source>Void {n}, approved by {by}: {reason}</source>
            <translation>Void {n}, approved by {by}: {reason}</translation>
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
            <source>{day} · cashier {name}</source>
            <translation>{day} · cashier {name}</translation>
        </message>
        <message>
            <source>closed {at} by {name}</source>
            <translation>closed {at} by {name}</translation>
        </message>
        <message>
            <source>Reason for the difference: {reason}</source>
            <translation>Reason for the difference: {reason}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
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
            <source>Give the meal a name.</source>
            <translation>Give the meal a name.</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, e.g. 11:00.</source>
            <translation>Write the time as HH:MM, e.g. 11:00.</translation>
        </message>
        <message>
            <source>The serving window must end after it starts.</source>
            <translation>The serving window must end after it starts.</translation>
        </message>
        <message>
            <source>Enter a price between ¥0 and ¥1000.</source>
            <translation>Enter a price between ¥0 and ¥1000.</translation>
        </message>
        <message>
            <source>The portion limit is 1 or more, or empty for no limit.</source>
            <translation>The portion limit is 1 or more, or empty for no limit.</translation>
        </message>
        <message>
            <source>Unknown meal slot.</source>
            <translation>Unknown meal slot.</translation>
        </message>
        <message>
            <source>Name the tier, e.g. 80–89岁.</source>
            <translation>Name the tier, e.g. 80–89岁.</translation>
        </message>
        <message>
            <source>A new version starts today or later: past tickets keep the rules they were sold under.</source>
            <translation>A new version starts today or later: past tickets keep the rules they were sold under.</translation>
        </message>
        <message>
            <source>An age is between 0 and 130.</source>
            <translation>An age is between 0 and 130.</translation>
        </message>
        <message>
            <source>The highest age must not be below the lowest.</source>
            <translation>The highest age must not be below the lowest.</translation>
        </message>
        <message>
            <source>Say who qualifies: an age range, a category, or both.</source>
            <translation>Say who qualifies: an age range, a category, or both.</translation>
        </message>
        <message>
            <source>Enter an amount between ¥0 and ¥1000.</source>
            <translation>Enter an amount between ¥0 and ¥1000.</translation>
        </message>
        <message>
            <source>Choose who pays the difference.</source>
            <translation>Choose who pays the difference.</translation>
        </message>
        <message>
            <source>Give at least one funder an amount, or set a fixed price.</source>
            <translation>Give at least one funder an amount, or set a fixed price.</translation>
        </message>
        <message>
            <source>The limit is 0 (none) to 10 subsidised meals.</source>
            <translation>The limit is 0 (none) to 10 subsidised meals.</translation>
        </message>
        <message>
            <source>The limit counts per day or per meal.</source>
            <translation>The limit counts per day or per meal.</translation>
        </message>
        <message>
            <source>No such subsidy rule.</source>
            <translation>No such subsidy rule.</translation>
        </message>
        <message>
            <source>That rule has already ended; add a new rule instead.</source>
            <translation>That rule has already ended; add a new rule instead.</translation>
        </message>
        <message>
            <source>The new version must start after the current one ({day}).</source>
            <translation>The new version must start after the current one ({day}).</translation>
        </message>
        <message>
            <source>A rule can end today at the earliest.</source>
            <translation>A rule can end today at the earliest.</translation>
        </message>
        <message>
            <source>A rule cannot end before it starts.</source>
            <translation>A rule cannot end before it starts.</translation>
        </message>
        <message>
            <source>Choose refuse or full price.</source>
            <translation>Choose refuse or full price.</translation>
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
            <source>{slot} is served {starts}–{ends}: a subsidised meal outside these hours needs a supervisor's approval.</source>
            <translation>{slot} is served {starts}–{ends}: a subsidised meal outside these hours needs a supervisor's approval.</translation>
        </message>
        <message>
            <source>{name} may not approve a subsidised meal outside serving hours.</source>
            <translation>{name} may not approve a subsidised meal outside serving hours.</translation>
        </message>
        <message>
            <source>Outside serving hours ({starts}–{ends}): full price</source>
            <translation>Outside serving hours ({starts}–{ends}): full price</translation>
        </message>
        <message>
            <source>The amount tendered is too large: at most {most}.</source>
            <translation>The amount tendered is too large: at most {most}.</translation>
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
            <source>This diner's subsidised meal was just sold at another till: check the price and sell again.</source>
            <translation>This diner's subsidised meal was just sold at another till: check the price and sell again.</translation>
        </message>
        <message>
            <source>This diner already had a subsidised meal today (ticket {number} at {time}, sold by {cashier}); another one costs the full {price}. Confirm to sell it at full price.</source>
            <translation>This diner already had a subsidised meal today (ticket {number} at {time}, sold by {cashier}); another one costs the full {price}. Confirm to sell it at full price.</translation>
        </message>
        <message>
            <source>Say why the ticket is voided.</source>
            <translation>Say why the ticket is voided.</translation>
        </message>
        <message>
            <source>A void needs the approval of a supervisor (an administrator).</source>
            <translation>A void needs the approval of a supervisor (an administrator).</translation>
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
            <source>A card number is 1 to 30 letters (A–Z) or digits (0–9).</source>
            <translation>A card number is 1 to 30 letters (A–Z) or digits (0–9).</translation>
        </message>
        <message>
            <source>This diner's record is archived: restore it before issuing a card.</source>
            <translation>This diner's record is archived: restore it before issuing a card.</translation>
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
            <source>Your day is closed: no more top-ups or refunds today unless an admin reopens it.</source>
            <translation>Your day is closed: no more top-ups or refunds today unless an admin reopens it.</translation>
        </message>
        <message>
            <source>The card holds only {b}: it cannot refund more.</source>
            <translation>The card holds only {b}: it cannot refund more.</translation>
        </message>
        <message>
            <source>Your drawer has taken only {cash} in cash today, less than this {amount} refund: the cash must come out of a drawer that holds it. Have a cashier whose drawer took cash today give the refund at their till, or refund it by WeChat Pay or Alipay.</source>
            <translation>Your drawer has taken only {cash} in cash today, less than this {amount} refund: the cash must come out of a drawer that holds it. Have a cashier whose drawer took cash today give the refund at their till, or refund it by WeChat Pay or Alipay.</translation>
        </message>
        <message>
            <source>{year} Q{q}</source>
            <translation>{year} Q{q}</translation>
        </message>
        <message>
            <source>{year}-{month:02d}</source>
            <translation>{year}-{month:02d}</translation>
        </message>
        <message>
            <source>Choose a month (1–12) or a quarter (1–4).</source>
            <translation>Choose a month (1–12) or a quarter (1–4).</translation>
        </message>
        <message>
            <source>Choose a year between 2000 and 2100.</source>
            <translation>Choose a year between 2000 and 2100.</translation>
        </message>
        <message>
            <source>{day} lies in a settled subsidy period: an admin must unlock it first.</source>
            <translation>{day} lies in a settled subsidy period: an admin must unlock it first.</translation>
        </message>
        <message>
            <source>Adding up the tickets…</source>
            <translation>Adding up the tickets…</translation>
        </message>
        <message>
            <source>Canteen subsidy settlement {period}</source>
            <translation>Canteen subsidy settlement {period}</translation>
        </message>
        <message>
            <source>{start} to {end} · {status}</source>
            <translation>{start} to {end} · {status}</translation>
        </message>
        <message>
            <source>settled (locked)</source>
            <translation>settled (locked)</translation>
        </message>
        <message>
            <source>draft (not locked)</source>
            <translation>draft (not locked)</translation>
        </message>
        <message>
            <source>Meal count (人次)</source>
            <translation>Meal count (人次)</translation>
        </message>
        <message>
            <source>Distinct diners</source>
            <translation>Distinct diners</translation>
        </message>
        <message>
            <source>Meal price total</source>
            <translation>Meal price total</translation>
        </message>
        <message>
            <source>Subsidy total</source>
            <translation>Subsidy total</translation>
        </message>
        <message>
            <source>Self-paid total</source>
            <translation>Self-paid total</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Diners</source>
            <translation>Diners</translation>
        </message>
        <message>
            <source>Meals (人次)</source>
            <translation>Meals (人次)</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Per diner</source>
            <translation>Per diner</translation>
        </message>
        <message>
            <source>Prepared by: ____________  Date: ________</source>
            <translation>Prepared by: ____________  Date: ________</translation>
        </message>
        <message>
            <source>Reviewed by: ____________  Date: ________</source>
            <translation>Reviewed by: ____________  Date: ________</translation>
        </message>
        <message>
            <source>Center seal:</source>
            <translation>Center seal:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Meal price</source>
            <translation>Meal price</translation>
        </message>
        <message>
            <source>Ticket detail</source>
            <translation>Ticket detail</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>This period is not over yet: settle it after {day}.</source>
            <translation>This period is not over yet: settle it after {day}.</translation>
        </message>
        <message>
            <source>Close these cashier days first: {days}{more}</source>
            <translation>Close these cashier days first: {days}{more}</translation>
        </message>
        <message>
            <source>This period (or part of it) is already settled.</source>
            <translation>This period (or part of it) is already settled.</translation>
        </message>
        <message>
            <source>Say why the period is unlocked.</source>
            <translation>Say why the period is unlocked.</translation>
        </message>
        <message>
            <source>This period is not settled.</source>
            <translation>This period is not settled.</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Writing the PDF…</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Writing the Excel file…</translation>
        </message>
        <message>
            <source>NOT saved: the database server cannot be reached. Check the network and the server PC, then sell again.</source>
            <translation>NOT saved: the database server cannot be reached. Check the network and the server PC, then sell again.</translation>
        </message>
        <message>
            <source>NOT saved: the connection to the database server was lost before the sale was saved. Sell it again.</source>
            <translation>NOT saved: the connection to the database server was lost before the sale was saved. Sell it again.</translation>
        </message>
        <message>
            <source>NOT KNOWN YET whether ticket {number} was saved: the connection to the database server was lost while saving and the server does not answer. Do not sell it again; this screen says which as soon as the server is back.</source>
            <translation>NOT KNOWN YET whether ticket {number} was saved: the connection to the database server was lost while saving and the server does not answer. Do not sell it again; this screen says which as soon as the server is back.</translation>
        </message>
        <message>
            <source>NOT saved: the connection to the database server was lost while saving ticket {number}, and it is not in the database. Sell it again.</source>
            <translation>NOT saved: the connection to the database server was lost while saving ticket {number}, and it is not in the database. Sell it again.</translation>
        </message>
    </context>
    <context>
        <name>CanteenPage</name>
        <message>
            <source>Canteen</source>
            <translation>Canteen</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Bookings</translation>
        </message>
        <message>
            <source>Settlement…</source>
            <translation>Settlement…</translation>
        </message>
        <message>
            <source>Subsidy settlement</source>
            <translation>Subsidy settlement</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Canteen settings</source>
            <translation>Canteen settings</translation>
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
        <name>CanteenSettingsDialog</name>
        <message>
            <source>Canteen settings</source>
            <translation>Canteen settings</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Meals</translation>
        </message>
        <message>
            <source>Subsidy rules</source>
            <translation>Subsidy rules</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DayCloseDialog</name>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <source>Closes {day}, the drawer of {name}</source>
            <translation>Closes {day}, the drawer of {name}</translation>
        </message>
        <message>
            <source>Tickets / meals</source>
            <translation>Tickets / meals</translation>
        </message>
        <message>
            <source>Whose drawer</source>
            <translation>Whose drawer</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>{n} tickets</source>
            <translation>{n} tickets</translation>
        </message>
        <message>
            <source>{name} ({note})</source>
            <translation>{name} ({note})</translation>
        </message>
        <message>
            <source>Drawer of</source>
            <translation>Drawer of</translation>
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
            <source>Cash sales</source>
            <translation>Cash sales</translation>
        </message>
        <message>
            <source>Notes and coins counted</source>
            <translation>Notes and coins counted</translation>
        </message>
        <message>
            <source>Reopen the day…</source>
            <translation>Reopen the day…</translation>
        </message>
        <message>
            <source>Reopen the day</source>
            <translation>Reopen the day</translation>
        </message>
        <message>
            <source>{time} card {card}: {amount}</source>
            <translation>{time} card {card}: {amount}</translation>
        </message>
        <message>
            <source>Together: {amount}</source>
            <translation>Together: {amount}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>This day is closed: {at} by {name}. Counted {counted}, expected {expected}: {difference}.</source>
            <translation>This day is closed: {at} by {name}. Counted {counted}, expected {expected}: {difference}.</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Why is the day of {name} reopened? (its close stays on record)</source>
            <translation>Why is the day of {name} reopened? (its close stays on record)</translation>
        </message>
        <message>
            <source>The day of {name} is open again: close it when the drawer is counted.</source>
            <translation>The day of {name} is open again: close it when the drawer is counted.</translation>
        </message>
        <message>
            <source>Cash difference</source>
            <translation>Cash difference</translation>
        </message>
        <message>
            <source>{difference} in the drawer of {name}: counted {counted}, expected {expected}.
Why? (kept with the close and printed on the Z report)</source>
            <translation>{difference} in the drawer of {name}: counted {counted}, expected {expected}.
Why? (kept with the close and printed on the Z report)</translation>
        </message>
        <message>
            <source>Close the day of {name}? {difference} in the drawer.
Reason: {reason}</source>
            <translation>Close the day of {name}? {difference} in the drawer.
Reason: {reason}</translation>
        </message>
        <message>
            <source>Meal card top-ups in cash (included)</source>
            <translation>Meal card top-ups in cash (included)</translation>
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
            <source>This drawer's day is not closed.</source>
            <translation>This drawer's day is not closed.</translation>
        </message>
        <message>
            <source>This drawer's day is closed already.</source>
            <translation>This drawer's day is closed already.</translation>
        </message>
        <message>
            <source>Counted {c} · {difference}</source>
            <translation>Counted {c} · {difference}</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Page {n}</source>
            <translation>Page {n}</translation>
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
        <name>RuleEditor</name>
        <message>
            <source>Subsidy rule versions</source>
            <translation>Subsidy rule versions</translation>
        </message>
        <message>
            <source>New rule or new version of</source>
            <translation>New rule or new version of</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>Tier name</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>Lowest age</source>
            <translation>Lowest age</translation>
        </message>
        <message>
            <source>Highest age</source>
            <translation>Highest age</translation>
        </message>
        <message>
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <source>Minimum self-paid (¥)</source>
            <translation>Minimum self-paid (¥)</translation>
        </message>
        <message>
            <source>Fixed price (¥)</source>
            <translation>Fixed price (¥)</translation>
        </message>
        <message>
            <source>empty: stacked amounts</source>
            <translation>empty: stacked amounts</translation>
        </message>
        <message>
            <source>Who pays the difference</source>
            <translation>Who pays the difference</translation>
        </message>
        <message>
            <source>Subsidised meals per person</source>
            <translation>Subsidised meals per person</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Limit counted per</source>
            <translation>Limit counted per</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>per day</translation>
        </message>
        <message>
            <source>per meal</source>
            <translation>per meal</translation>
        </message>
        <message>
            <source>Local residents only</source>
            <translation>Local residents only</translation>
        </message>
        <message>
            <source>Working days only</source>
            <translation>Working days only</translation>
        </message>
        <message>
            <source>Not on holidays</source>
            <translation>Not on holidays</translation>
        </message>
        <message>
            <source>Add rule version</source>
            <translation>Add rule version</translation>
        </message>
        <message>
            <source>Age range</source>
            <translation>Age range</translation>
        </message>
        <message>
            <source>Or any of these categories</source>
            <translation>Or any of these categories</translation>
        </message>
        <message>
            <source>Meals (none ticked: all)</source>
            <translation>Meals (none ticked: all)</translation>
        </message>
        <message>
            <source>Per meal (¥)</source>
            <translation>Per meal (¥)</translation>
        </message>
        <message>
            <source>New version (past tickets never change)</source>
            <translation>New version (past tickets never change)</translation>
        </message>
        <message>
            <source>Each funder's scheme is its own set of rules: give a rule one funder's amount (district age tiers, a street supplement for extreme poverty…). A diner gets every funder's scheme they qualify for — the best tier of each — added up and capped at the price less the minimum self-paid. A rule paying several funders still works; it never adds to another rule paying one of the same funders.</source>
            <translation>Each funder's scheme is its own set of rules: give a rule one funder's amount (district age tiers, a street supplement for extreme poverty…). A diner gets every funder's scheme they qualify for — the best tier of each — added up and capped at the price less the minimum self-paid. A rule paying several funders still works; it never adds to another rule paying one of the same funders.</translation>
        </message>
        <message>
            <source>fixed price {p}</source>
            <translation>fixed price {p}</translation>
        </message>
        <message>
            <source>{n} a day</source>
            <translation>{n} a day</translation>
        </message>
        <message>
            <source>{n} a meal</source>
            <translation>{n} a meal</translation>
        </message>
        <message>
            <source>A new rule</source>
            <translation>A new rule</translation>
        </message>
        <message>
            <source>{name} (since {day})</source>
            <translation>{name} (since {day})</translation>
        </message>
        <message>
            <source>Rule version added.</source>
            <translation>Rule version added.</translation>
        </message>
    </context>
    <context>
        <name>RulesModel</name>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Who qualifies</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
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
            <source>With a diner chosen and the find box empty: type 1–9 for the quantity, + or − to change it.</source>
            <translation>With a diner chosen and the find box empty: type 1–9 for the quantity, + or − to change it.</translation>
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
            <source>F11 Approve late subsidy…</source>
            <translation>F11 Approve late subsidy…</translation>
        </message>
        <message>
            <source>Approve a subsidised meal outside serving hours</source>
            <translation>Approve a subsidised meal outside serving hours</translation>
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
            <source>Walk-in guest (full price)</source>
            <translation>Walk-in guest (full price)</translation>
        </message>
        <message>
            <source>Bought on the diner's behalf</source>
            <translation>Bought on the diner's behalf</translation>
        </message>
        <message>
            <source>Supervisor approves a late subsidised meal</source>
            <translation>Supervisor approves a late subsidised meal</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Start over</translation>
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
            <source>Quantity: {n}  (keys 1–9, + −)</source>
            <translation>Quantity: {n}  (keys 1–9, + −)</translation>
        </message>
        <message>
            <source>Quantity: {n}</source>
            <translation>Quantity: {n}</translation>
        </message>
        <message>
            <source>Choose a ticket in the list first.</source>
            <translation>Choose a ticket in the list first.</translation>
        </message>
        <message>
            <source>Change due</source>
            <translation>Change due</translation>
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
            <source>This ticket is void already.</source>
            <translation>This ticket is void already.</translation>
        </message>
        <message>
            <source>This meal has been served: it cannot be voided.</source>
            <translation>This meal has been served: it cannot be voided.</translation>
        </message>
        <message>
            <source>Find or scan a diner first, or F4 for a walk-in guest.</source>
            <translation>Find or scan a diner first, or F4 for a walk-in guest.</translation>
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
            <source>booked ×{n}</source>
            <translation>booked ×{n}</translation>
        </message>
        <message>
            <source>This diner's record is archived: no sale until it is restored.</source>
            <translation>This diner's record is archived: no sale until it is restored.</translation>
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
            <source>Outside serving hours: selling needs a supervisor's approval (F11).</source>
            <translation>Outside serving hours: selling needs a supervisor's approval (F11).</translation>
        </message>
        <message>
            <source>Late subsidy approved by {name}</source>
            <translation>Late subsidy approved by {name}</translation>
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
            <source>The amount tendered is too large: at most {most}.</source>
            <translation>The amount tendered is too large: at most {most}.</translation>
        </message>
        <message>
            <source>The amount tendered is not a number.</source>
            <translation>The amount tendered is not a number.</translation>
        </message>
        <message>
            <source>Wait: it is being checked whether ticket {n} was saved (see below).</source>
            <translation>Wait: it is being checked whether ticket {n} was saved (see below).</translation>
        </message>
        <message>
            <source>{name} already had a subsidised meal today: ticket {number} at {time}, sold by {cashier}.

Sell another one at the full price of {price}?</source>
            <translation>{name} already had a subsidised meal today: ticket {number} at {time}, sold by {cashier}.

Sell another one at the full price of {price}?</translation>
        </message>
        <message>
            <source>Second meal today</source>
            <translation>Second meal today</translation>
        </message>
        <message>
            <source>Not sold: {name} already had this meal.</source>
            <translation>Not sold: {name} already had this meal.</translation>
        </message>
        <message>
            <source>Sold {n}: self-paid {y}</source>
            <translation>Sold {n}: self-paid {y}</translation>
        </message>
        <message>
            <source>The connection dropped while saving; checked: SAVED.</source>
            <translation>The connection dropped while saving; checked: SAVED.</translation>
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
            <source>Change due {amount}</source>
            <translation>Change due {amount}</translation>
        </message>
        <message>
            <source>A subsidised meal outside serving hours</source>
            <translation>A subsidised meal outside serving hours</translation>
        </message>
        <message>
            <source>Ticket {n} was NOT saved (checked now the server is back). Sell it again.</source>
            <translation>Ticket {n} was NOT saved (checked now the server is back). Sell it again.</translation>
        </message>
        <message>
            <source>Ticket {n} was SAVED (checked now the server is back); its receipt is printed.</source>
            <translation>Ticket {n} was SAVED (checked now the server is back); its receipt is printed.</translation>
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
        <name>SettlementDialog</name>
        <message>
            <source>Subsidy settlement</source>
            <translation>Subsidy settlement</translation>
        </message>
        <message>
            <source>Month or quarter</source>
            <translation>Month or quarter</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Month or quarter number</source>
            <translation>Month or quarter number</translation>
        </message>
        <message>
            <source>Also list every ticket in the Excel file (slower)</source>
            <translation>Also list every ticket in the Excel file (slower)</translation>
        </message>
        <message>
            <source>List every ticket</source>
            <translation>List every ticket</translation>
        </message>
        <message>
            <source>Export PDF and Excel</source>
            <translation>Export PDF and Excel</translation>
        </message>
        <message>
            <source>Settle and lock…</source>
            <translation>Settle and lock…</translation>
        </message>
        <message>
            <source>Settle and lock the period</source>
            <translation>Settle and lock the period</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <source>Unlock the period</source>
            <translation>Unlock the period</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Month / quarter</source>
            <translation>Month / quarter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{span}: settled on {when}, locked.</source>
            <translation>{span}: settled on {when}, locked.</translation>
        </message>
        <message>
            <source>{span}: not settled.</source>
            <translation>{span}: not settled.</translation>
        </message>
        <message>
            <source>{n} cashier days are not closed yet.</source>
            <translation>{n} cashier days are not closed yet.</translation>
        </message>
        <message>
            <source>Only an administrator settles or unlocks.</source>
            <translation>Only an administrator settles or unlocks.</translation>
        </message>
        <message>
            <source>Not settled.</source>
            <translation>Not settled.</translation>
        </message>
        <message>
            <source>Already settled.</source>
            <translation>Already settled.</translation>
        </message>
        <message>
            <source>Meals (人次) {m} · diners {d} · subsidy {s} · self-paid {p}</source>
            <translation>Meals (人次) {m} · diners {d} · subsidy {s} · self-paid {p}</translation>
        </message>
        <message>
            <source>Excel file: {path}</source>
            <translation>Excel file: {path}</translation>
        </message>
        <message>
            <source>Preparing the settlement…</source>
            <translation>Preparing the settlement…</translation>
        </message>
        <message>
            <source>Settle and lock this period? No sale, void or day reopening will be possible in it.</source>
            <translation>Settle and lock this period? No sale, void or day reopening will be possible in it.</translation>
        </message>
        <message>
            <source>Unlock period</source>
            <translation>Unlock period</translation>
        </message>
        <message>
            <source>Why is the settled period unlocked?</source>
            <translation>Why is the settled period unlocked?</translation>
        </message>
    </context>
    <context>
        <name>SlotEditor</name>
        <message>
            <source>Meal slot</source>
            <translation>Meal slot</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Serving starts</source>
            <translation>Serving starts</translation>
        </message>
        <message>
            <source>Serving ends</source>
            <translation>Serving ends</translation>
        </message>
        <message>
            <source>Set price (¥)</source>
            <translation>Set price (¥)</translation>
        </message>
        <message>
            <source>The day's dishes</source>
            <translation>The day's dishes</translation>
        </message>
        <message>
            <source>Portion limit</source>
            <translation>Portion limit</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Served</translation>
        </message>
        <message>
            <source>A subsidised meal outside the serving window</source>
            <translation>A subsidised meal outside the serving window</translation>
        </message>
        <message>
            <source>Refused unless a supervisor approves</source>
            <translation>Refused unless a supervisor approves</translation>
        </message>
        <message>
            <source>Sold at full price unless a supervisor approves</source>
            <translation>Sold at full price unless a supervisor approves</translation>
        </message>
        <message>
            <source>Save meal</source>
            <translation>Save meal</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <source>Serving window</source>
            <translation>Serving window</translation>
        </message>
        <message>
            <source>Subsidised meal outside the window (all meals)</source>
            <translation>Subsidised meal outside the window (all meals)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
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
