<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DistrictLibrary</name>
        <message>
            <source>Ask the administrator to set it up: until then district-owned books cannot be lent or renewed here.</source>
            <translation>Ask the administrator to set it up: until then district-owned books cannot be lent or renewed here.</translation>
        </message>
        <message>
            <source>The return is kept here and sent once the administrator sets up the link.</source>
            <translation>The return is kept here and sent once the administrator sets up the link.</translation>
        </message>
        <message>
            <source>The reader's card cannot be checked there now.</source>
            <translation>The reader's card cannot be checked there now.</translation>
        </message>
        <message>
            <source>The transaction is kept here and sent when the library can be reached.</source>
            <translation>The transaction is kept here and sent when the library can be reached.</translation>
        </message>
        <message>
            <source>The library says: {text}</source>
            <translation>The library says: {text}</translation>
        </message>
        <message>
            <source>Lent through the district library, due {due}.</source>
            <translation>Lent through the district library, due {due}.</translation>
        </message>
        <message>
            <source>Lent through the district library.</source>
            <translation>Lent through the district library.</translation>
        </message>
        <message>
            <source>Renewed at the district library, due {due}.</source>
            <translation>Renewed at the district library, due {due}.</translation>
        </message>
        <message>
            <source>Renewed at the district library.</source>
            <translation>Renewed at the district library.</translation>
        </message>
        <message>
            <source>Returned to the district library.</source>
            <translation>Returned to the district library.</translation>
        </message>
        <message>
            <source>Put this copy aside: another reader is waiting for it.</source>
            <translation>Put this copy aside: another reader is waiting for it.</translation>
        </message>
        <message>
            <source>The district library lets this reader borrow.</source>
            <translation>The district library lets this reader borrow.</translation>
        </message>
        <message>
            <source>The district library's server cannot be reached.</source>
            <translation>The district library's server cannot be reached.</translation>
        </message>
        <message>
            <source>The district library's server did not answer in time.</source>
            <translation>The district library's server did not answer in time.</translation>
        </message>
        <message>
            <source>The district library's server answered something that is not SIP2.</source>
            <translation>The district library's server answered something that is not SIP2.</translation>
        </message>
        <message>
            <source>The district library's server closed the connection.</source>
            <translation>The district library's server closed the connection.</translation>
        </message>
        <message>
            <source>The district library refused the desk's sign-in: check the link settings.</source>
            <translation>The district library refused the desk's sign-in: check the link settings.</translation>
        </message>
        <message>
            <source>The district library's system says it is offline.</source>
            <translation>The district library's system says it is offline.</translation>
        </message>
        <message>
            <source>The district library link is not set up.</source>
            <translation>The district library link is not set up.</translation>
        </message>
        <message>
            <source>Earlier district transactions are still being sent; this one goes after them.</source>
            <translation>Earlier district transactions are still being sent; this one goes after them.</translation>
        </message>
        <message>
            <source>The district library has blocked this reader's card: no district books now.</source>
            <translation>The district library has blocked this reader's card: no district books now.</translation>
        </message>
        <message>
            <source>The district library does not know this card.</source>
            <translation>The district library does not know this card.</translation>
        </message>
        <message>
            <source>This copy is on hold for another reader at the district library.</source>
            <translation>This copy is on hold for another reader at the district library.</translation>
        </message>
        <message>
            <source>The district library does not know this barcode.</source>
            <translation>The district library does not know this barcode.</translation>
        </message>
        <message>
            <source>The district library refused it.</source>
            <translation>The district library refused it.</translation>
        </message>
        <message>
            <source>Scan or type the reader's library card.</source>
            <translation>Scan or type the reader's library card.</translation>
        </message>
        <message>
            <source>Scan or type the copy's barcode.</source>
            <translation>Scan or type the copy's barcode.</translation>
        </message>
        <message>
            <source>A transaction id is needed (no "|").</source>
            <translation>A transaction id is needed (no "|").</translation>
        </message>
        <message>
            <source>Enter the district library server's address.</source>
            <translation>Enter the district library server's address.</translation>
        </message>
        <message>
            <source>Enter the institution id the library gave you.</source>
            <translation>Enter the institution id the library gave you.</translation>
        </message>
        <message>
            <source>Choose UTF-8, GBK or CP850.</source>
            <translation>Choose UTF-8, GBK or CP850.</translation>
        </message>
        <message>
            <source>Replaced by a later transaction that sends it again after a return.</source>
            <translation>Replaced by a later transaction that sends it again after a return.</translation>
        </message>
        <message>
            <source>{n} transactions wait to be sent.</source>
            <translation>{n} transactions wait to be sent.</translation>
        </message>
        <message>
            <source>Sent: {accepted} accepted, {refused} refused; {n} waiting.</source>
            <translation>Sent: {accepted} accepted, {refused} refused; {n} waiting.</translation>
        </message>
        <message>
            <source>Say how it was resolved.</source>
            <translation>Say how it was resolved.</translation>
        </message>
        <message>
            <source>No such district transaction.</source>
            <translation>No such district transaction.</translation>
        </message>
        <message>
            <source>Only a transaction the library refused can be resolved.</source>
            <translation>Only a transaction the library refused can be resolved.</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>This room</source>
            <translation>This room</translation>
        </message>
        <message>
            <source>District library</source>
            <translation>District library</translation>
        </message>
        <message>
            <source>On the shelf</source>
            <translation>On the shelf</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>On loan</translation>
        </message>
        <message>
            <source>Put aside for a hold</source>
            <translation>Put aside for a hold</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Scan or type the book's barcode.</source>
            <translation>Scan or type the book's barcode.</translation>
        </message>
        <message>
            <source>“{code}” is not a book barcode (letters, digits and hyphens, up to 30).</source>
            <translation>“{code}” is not a book barcode (letters, digits and hyphens, up to 30).</translation>
        </message>
        <message>
            <source>ISBN {isbn}: the check digit is wrong. Type it again from the book.</source>
            <translation>ISBN {isbn}: the check digit is wrong. Type it again from the book.</translation>
        </message>
        <message>
            <source>ISBN {isbn}: an ISBN has 10 or 13 digits.</source>
            <translation>ISBN {isbn}: an ISBN has 10 or 13 digits.</translation>
        </message>
        <message>
            <source>{isbn} is not an ISBN (13 digits beginning 978 or 979, or 10).</source>
            <translation>{isbn} is not an ISBN (13 digits beginning 978 or 979, or 10).</translation>
        </message>
        <message>
            <source>Give the book's title.</source>
            <translation>Give the book's title.</translation>
        </message>
        <message>
            <source>The owner is this room or the district library.</source>
            <translation>The owner is this room or the district library.</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already in the catalogue.</source>
            <translation>Barcode {barcode} is already in the catalogue.</translation>
        </message>
        <message>
            <source>This copy is no longer in the catalogue.</source>
            <translation>This copy is no longer in the catalogue.</translation>
        </message>
        <message>
            <source>The barcode cannot change while the copy is on loan.</source>
            <translation>The barcode cannot change while the copy is on loan.</translation>
        </message>
        <message>
            <source>The owner cannot change while the copy is on loan.</source>
            <translation>The owner cannot change while the copy is on loan.</translation>
        </message>
        <message>
            <source>A copy leaves the collection withdrawn or lost.</source>
            <translation>A copy leaves the collection withdrawn or lost.</translation>
        </message>
        <message>
            <source>Say why the copy leaves the collection.</source>
            <translation>Say why the copy leaves the collection.</translation>
        </message>
        <message>
            <source>Copy {barcode} is already out of the collection ({status}).</source>
            <translation>Copy {barcode} is already out of the collection ({status}).</translation>
        </message>
        <message>
            <source>Copy {barcode} is on loan: take it back first, or mark it lost.</source>
            <translation>Copy {barcode} is on loan: take it back first, or mark it lost.</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>This resident no longer exists.</translation>
        </message>
        <message>
            <source>{name}'s record is archived: restore it at the residents' tab first.</source>
            <translation>{name}'s record is archived: restore it at the residents' tab first.</translation>
        </message>
        <message>
            <source>{name} is a child: children borrow on a guardian's record. Link a guardian at the childcare counter first.</source>
            <translation>{name} is a child: children borrow on a guardian's record. Link a guardian at the childcare counter first.</translation>
        </message>
        <message>
            <source>A child: borrows on {guardian}'s card.</source>
            <translation>A child: borrows on {guardian}'s card.</translation>
        </message>
        <message>
            <source>A book on hold is ready to collect.</source>
            <translation>A book on hold is ready to collect.</translation>
        </message>
        <message>
            <source>{name}'s card has {n} overdue book(s): they must come back before anything more is lent.</source>
            <translation>{name}'s card has {n} overdue book(s): they must come back before anything more is lent.</translation>
        </message>
        <message>
            <source>{name}'s card already holds {n} books, the limit.</source>
            <translation>{name}'s card already holds {n} books, the limit.</translation>
        </message>
        <message>
            <source>A reader card number is letters and digits.</source>
            <translation>A reader card number is letters and digits.</translation>
        </message>
        <message>
            <source>{name} is a child and borrows on a guardian's card.</source>
            <translation>{name} is a child and borrows on a guardian's card.</translation>
        </message>
        <message>
            <source>Card {card} belongs to another reader.</source>
            <translation>Card {card} belongs to another reader.</translation>
        </message>
        <message>
            <source>No copy with barcode {barcode} is in the catalogue.</source>
            <translation>No copy with barcode {barcode} is in the catalogue.</translation>
        </message>
        <message>
            <source>“{title}” ({barcode}) is out of the collection: it cannot be lent.</source>
            <translation>“{title}” ({barcode}) is out of the collection: it cannot be lent.</translation>
        </message>
        <message>
            <source>“{title}” is already on loan to {name}.</source>
            <translation>“{title}” is already on loan to {name}.</translation>
        </message>
        <message>
            <source>Cannot lend: “{title}” ({barcode}) is on another reader's card, due back by {due}. Take it back first.</source>
            <translation>Cannot lend: “{title}” ({barcode}) is on another reader's card, due back by {due}. Take it back first.</translation>
        </message>
        <message>
            <source>“{title}” is kept for another reader's hold.</source>
            <translation>“{title}” is kept for another reader's hold.</translation>
        </message>
        <message>
            <source>“{title}” was lent at another desk a moment ago.</source>
            <translation>“{title}” was lent at another desk a moment ago.</translation>
        </message>
        <message>
            <source>The district library refused the loan.</source>
            <translation>The district library refused the loan.</translation>
        </message>
        <message>
            <source>The district library had already lent it on this card: a return is kept and sent to it.</source>
            <translation>The district library had already lent it on this card: a return is kept and sent to it.</translation>
        </message>
        <message>
            <source>“{title}” ({barcode}) is not on loan: put it back on the shelf.</source>
            <translation>“{title}” ({barcode}) is not on loan: put it back on the shelf.</translation>
        </message>
        <message>
            <source>The district library refused the return.</source>
            <translation>The district library refused the return.</translation>
        </message>
        <message>
            <source>This book was taken back at another desk a moment ago.</source>
            <translation>This book was taken back at another desk a moment ago.</translation>
        </message>
        <message>
            <source>This loan no longer exists.</source>
            <translation>This loan no longer exists.</translation>
        </message>
        <message>
            <source>The district library refused the renewal.</source>
            <translation>The district library refused the renewal.</translation>
        </message>
        <message>
            <source>The district library had already renewed it: the due date it gave, {due}, is recorded here.</source>
            <translation>The district library had already renewed it: the due date it gave, {due}, is recorded here.</translation>
        </message>
        <message>
            <source>“{title}” has already been returned.</source>
            <translation>“{title}” has already been returned.</translation>
        </message>
        <message>
            <source>“{title}” has been renewed {n} time(s), the most allowed.</source>
            <translation>“{title}” has been renewed {n} time(s), the most allowed.</translation>
        </message>
        <message>
            <source>“{title}” is on hold for another reader: it cannot be renewed.</source>
            <translation>“{title}” is on hold for another reader: it cannot be renewed.</translation>
        </message>
        <message>
            <source>No book with ISBN {isbn} is in the catalogue: check the number on the reader's slip.</source>
            <translation>No book with ISBN {isbn} is in the catalogue: check the number on the reader's slip.</translation>
        </message>
        <message>
            <source>“{title}” is on the shelf: lend it now.</source>
            <translation>“{title}” is on the shelf: lend it now.</translation>
        </message>
        <message>
            <source>{name} has this book already.</source>
            <translation>{name} has this book already.</translation>
        </message>
        <message>
            <source>{name} is already in the queue for this book.</source>
            <translation>{name} is already in the queue for this book.</translation>
        </message>
        <message>
            <source>Say why the hold is cancelled.</source>
            <translation>Say why the hold is cancelled.</translation>
        </message>
        <message>
            <source>This hold is no longer open.</source>
            <translation>This hold is no longer open.</translation>
        </message>
        <message>
            <source>The link to the district library is not set up on this computer: district-owned books cannot be lent, renewed or taken back here yet.</source>
            <translation>The link to the district library is not set up on this computer: district-owned books cannot be lent, renewed or taken back here yet.</translation>
        </message>
        <message>
            <source>The file {name} was not found.</source>
            <translation>The file {name} was not found.</translation>
        </message>
        <message>
            <source>record {n}</source>
            <translation>record {n}</translation>
        </message>
        <message>
            <source>not a readable MARC record</source>
            <translation>not a readable MARC record</translation>
        </message>
        <message>
            <source>no copy (no barcode in the record)</source>
            <translation>no copy (no barcode in the record)</translation>
        </message>
        <message>
            <source>{name} is not a MARC file (ISO 2709, .mrc).</source>
            <translation>{name} is not a MARC file (ISO 2709, .mrc).</translation>
        </message>
        <message>
            <source>line {n}</source>
            <translation>line {n}</translation>
        </message>
        <message>
            <source>{name} has no header row with 条码 and 书名 columns.</source>
            <translation>{name} has no header row with 条码 and 书名 columns.</translation>
        </message>
        <message>
            <source>barcode already in the catalogue</source>
            <translation>barcode already in the catalogue</translation>
        </message>
        <message>
            <source>Lending by owner</source>
            <translation>Lending by owner</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Returns</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Renewals</translation>
        </message>
        <message>
            <source>Overdue at month end</source>
            <translation>Overdue at month end</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>City book room</source>
            <translation>City book room</translation>
        </message>
        <message>
            <source>New readers</source>
            <translation>New readers</translation>
        </message>
        <message>
            <source>Readers who borrowed</source>
            <translation>Readers who borrowed</translation>
        </message>
        <message>
            <source>The loan period is 1 to 366 days.</source>
            <translation>The loan period is 1 to 366 days.</translation>
        </message>
        <message>
            <source>A reader may hold 1 to 100 books at once.</source>
            <translation>A reader may hold 1 to 100 books at once.</translation>
        </message>
        <message>
            <source>Renewals are 0 to 20 per loan.</source>
            <translation>Renewals are 0 to 20 per loan.</translation>
        </message>
        <message>
            <source>The fine is 0 to ¥100.00 a day.</source>
            <translation>The fine is 0 to ¥100.00 a day.</translation>
        </message>
        <message>
            <source>Give the fine per day, or turn fines off.</source>
            <translation>Give the fine per day, or turn fines off.</translation>
        </message>
        <message>
            <source>The age for borrowing on one's own record is 0 to 18.</source>
            <translation>The age for borrowing on one's own record is 0 to 18.</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>Expected a whole number.</translation>
        </message>
        <message>
            <source>None of the chosen loans is overdue: there is no slip to print.</source>
            <translation>None of the chosen loans is overdue: there is no slip to print.</translation>
        </message>
        <message>
            <source>Overdue book reminder</source>
            <translation>Overdue book reminder</translation>
        </message>
        <message>
            <source>To {name}, reader card {card}:</source>
            <translation>To {name}, reader card {card}:</translation>
        </message>
        <message>
            <source>The books below are past their due day. Please bring them back to the book room soon.</source>
            <translation>The books below are past their due day. Please bring them back to the book room soon.</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Outstanding</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>Waived</translation>
        </message>
        <message>
            <source>Choose outstanding, paid, waived or all fines.</source>
            <translation>Choose outstanding, paid, waived or all fines.</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>The last day is before the first.</translation>
        </message>
        <message>
            <source>This loan carries no fine.</source>
            <translation>This loan carries no fine.</translation>
        </message>
        <message>
            <source>The fine for {barcode} is already paid: look it up in the fines ledger.</source>
            <translation>The fine for {barcode} is already paid: look it up in the fines ledger.</translation>
        </message>
        <message>
            <source>The fine for {barcode} was waived: look it up in the fines ledger.</source>
            <translation>The fine for {barcode} was waived: look it up in the fines ledger.</translation>
        </message>
        <message>
            <source>Choose the fines being paid.</source>
            <translation>Choose the fines being paid.</translation>
        </message>
        <message>
            <source>The fines come to {due}, not {amount}: take exactly the fines' sum.</source>
            <translation>The fines come to {due}, not {amount}: take exactly the fines' sum.</translation>
        </message>
        <message>
            <source>Another desk settled this fine a moment ago.</source>
            <translation>Another desk settled this fine a moment ago.</translation>
        </message>
        <message>
            <source>Say why the fine is waived.</source>
            <translation>Say why the fine is waived.</translation>
        </message>
        <message>
            <source>Say why the record is undone.</source>
            <translation>Say why the record is undone.</translation>
        </message>
        <message>
            <source>This fine record no longer exists.</source>
            <translation>This fine record no longer exists.</translation>
        </message>
        <message>
            <source>This fine record was already undone.</source>
            <translation>This fine record was already undone.</translation>
        </message>
        <message>
            <source>Book room fines ledger</source>
            <translation>Book room fines ledger</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Card holder</source>
            <translation>Card holder</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Receipt / reason</source>
            <translation>Receipt / reason</translation>
        </message>
        <message>
            <source>Returned {since} to {until}</source>
            <translation>Returned {since} to {until}</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>All dates</translation>
        </message>
        <message>
            <source>All fines</source>
            <translation>All fines</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Page {n}</translation>
        </message>
        <message>
            <source>{label}: {n} fines, {amount}</source>
            <translation>{label}: {n} fines, {amount}</translation>
        </message>
        <message>
            <source>Prepared by: ____________</source>
            <translation>Prepared by: ____________</translation>
        </message>
        <message>
            <source>Cash checked by: ____________</source>
            <translation>Cash checked by: ____________</translation>
        </message>
        <message>
            <source>Date: ____________</source>
            <translation>Date: ____________</translation>
        </message>
        <message>
            <source>Borrowed by</source>
            <translation>Borrowed by</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Days / fine</source>
            <translation>Days / fine</translation>
        </message>
        <message>
            <source>(self)</source>
            <translation>(self)</translation>
        </message>
        <message>
            <source>Printed {day}</source>
            <translation>Printed {day}</translation>
        </message>
    </context>
    <context>
        <name>LibraryCatalogueModel</name>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{state}, due {due}</source>
            <translation>{state}, due {due}</translation>
        </message>
    </context>
    <context>
        <name>LibraryCatalogueTab</name>
        <message>
            <source>Import a MARC file</source>
            <translation>Import a MARC file</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Import a spreadsheet</translation>
        </message>
        <message>
            <source>Find a copy</source>
            <translation>Find a copy</translation>
        </message>
        <message>
            <source>Barcode, ISBN, title, author or call number</source>
            <translation>Barcode, ISBN, title, author or call number</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Add a copy</source>
            <translation>Add a copy</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Withdraw or lost…</source>
            <translation>Withdraw or lost…</translation>
        </message>
        <message>
            <source>Take out of the collection</source>
            <translation>Take out of the collection</translation>
        </message>
        <message>
            <source>Imported copies belong to</source>
            <translation>Imported copies belong to</translation>
        </message>
        <message>
            <source>Import MARC…</source>
            <translation>Import MARC…</translation>
        </message>
        <message>
            <source>MARC</source>
            <translation>MARC</translation>
        </message>
        <message>
            <source>Import spreadsheet…</source>
            <translation>Import spreadsheet…</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Spreadsheet</translation>
        </message>
        <message>
            <source>Your role may not change the catalogue.</source>
            <translation>Your role may not change the catalogue.</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>This room {room} · district library {district} · on loan {on_loan}</source>
            <translation>This room {room} · district library {district} · on loan {on_loan}</translation>
        </message>
        <message>
            <source>Choose the copy in the list first.</source>
            <translation>Choose the copy in the list first.</translation>
        </message>
        <message>
            <source>Is “{title}” ({barcode}) lost? Yes: lost. No: withdrawn from the collection (剔旧).</source>
            <translation>Is “{title}” ({barcode}) lost? Yes: lost. No: withdrawn from the collection (剔旧).</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Why?</translation>
        </message>
        <message>
            <source>{n} copies imported.</source>
            <translation>{n} copies imported.</translation>
        </message>
        <message>
            <source>{n} lines skipped:</source>
            <translation>{n} lines skipped:</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… and {n} more.</translation>
        </message>
    </context>
    <context>
        <name>LibraryCopyDialog</name>
        <message>
            <source>Correct a copy</source>
            <translation>Correct a copy</translation>
        </message>
        <message>
            <source>Add a copy</source>
            <translation>Add a copy</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>10 or 13 digits, hyphens allowed</source>
            <translation>10 or 13 digits, hyphens allowed</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>LibraryDeskTab</name>
        <message>
            <source>Reader: scan the card or find the resident</source>
            <translation>Reader: scan the card or find the resident</translation>
        </message>
        <message>
            <source>Reader card or resident</source>
            <translation>Reader card or resident</translation>
        </message>
        <message>
            <source>Scan the reader card, or type a name, pinyin or phone</source>
            <translation>Scan the reader card, or type a name, pinyin or phone</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>Reader card</translation>
        </message>
        <message>
            <source>Lend: scan the books one after another</source>
            <translation>Lend: scan the books one after another</translation>
        </message>
        <message>
            <source>Book barcode to lend</source>
            <translation>Book barcode to lend</translation>
        </message>
        <message>
            <source>Scan a book's barcode and press Enter</source>
            <translation>Scan a book's barcode and press Enter</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Waiting for the district library</source>
            <translation>Waiting for the district library</translation>
        </message>
        <message>
            <source>Keep for later, send afterwards</source>
            <translation>Keep for later, send afterwards</translation>
        </message>
        <message>
            <source>Record the district books now and send them later</source>
            <translation>Record the district books now and send them later</translation>
        </message>
        <message>
            <source>Do not wait for the district library: the books being sent are recorded now, as when it cannot be reached, and sent to it later.</source>
            <translation>Do not wait for the district library: the books being sent are recorded now, as when it cannot be reached, and sent to it later.</translation>
        </message>
        <message>
            <source>Books on this card</source>
            <translation>Books on this card</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renew</translation>
        </message>
        <message>
            <source>Renew the loan</source>
            <translation>Renew the loan</translation>
        </message>
        <message>
            <source>Hold a book…</source>
            <translation>Hold a book…</translation>
        </message>
        <message>
            <source>Place a hold</source>
            <translation>Place a hold</translation>
        </message>
        <message>
            <source>Reader card…</source>
            <translation>Reader card…</translation>
        </message>
        <message>
            <source>Fines paid…</source>
            <translation>Fines paid…</translation>
        </message>
        <message>
            <source>Record the reader's fines paid</source>
            <translation>Record the reader's fines paid</translation>
        </message>
        <message>
            <source>Return: scan any book</source>
            <translation>Return: scan any book</translation>
        </message>
        <message>
            <source>Book barcode to take back</source>
            <translation>Book barcode to take back</translation>
        </message>
        <message>
            <source>Any book, whoever borrowed it</source>
            <translation>Any book, whoever borrowed it</translation>
        </message>
        <message>
            <source>At this desk today</source>
            <translation>At this desk today</translation>
        </message>
        <message>
            <source>Loans and returns at this desk</source>
            <translation>Loans and returns at this desk</translation>
        </message>
        <message>
            <source>No reader chosen.</source>
            <translation>No reader chosen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;  card {card}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;  card {card}</translation>
        </message>
        <message>
            <source>(made at the first loan)</source>
            <translation>(made at the first loan)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;  on {guardian}'s card {card}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;  on {guardian}'s card {card}</translation>
        </message>
        <message>
            <source>Books on the card: {n} of {limit}; overdue: {overdue}</source>
            <translation>Books on the card: {n} of {limit}; overdue: {overdue}</translation>
        </message>
        <message>
            <source>Fines not paid: {amount} ({n} books returned late)</source>
            <translation>Fines not paid: {amount} ({n} books returned late)</translation>
        </message>
        <message>
            <source>Choose the reader first.</source>
            <translation>Choose the reader first.</translation>
        </message>
        <message>
            <source>Choose a loan on the card first.</source>
            <translation>Choose a loan on the card first.</translation>
        </message>
        <message>
            <source>The reader has no fine to pay.</source>
            <translation>The reader has no fine to pay.</translation>
        </message>
        <message>
            <source>Choose the reader first: scan the card or find the resident.</source>
            <translation>Choose the reader first: scan the card or find the resident.</translation>
        </message>
        <message>
            <source>lending</source>
            <translation>lending</translation>
        </message>
        <message>
            <source>{barcode}: {why}</source>
            <translation>{barcode}: {why}</translation>
        </message>
        <message>
            <source>Lent “{title}” to {name}, due {due}.</source>
            <translation>Lent “{title}” to {name}, due {due}.</translation>
        </message>
        <message>
            <source>The district library could not be reached: the loan is sent when it can be.</source>
            <translation>The district library could not be reached: the loan is sent when it can be.</translation>
        </message>
        <message>
            <source>Lent {barcode} “{title}” → {name}</source>
            <translation>Lent {barcode} “{title}” → {name}</translation>
        </message>
        <message>
            <source>return</source>
            <translation>return</translation>
        </message>
        <message>
            <source>Returned “{title}” ({name}).</source>
            <translation>Returned “{title}” ({name}).</translation>
        </message>
        <message>
            <source>{n} days late.</source>
            <translation>{n} days late.</translation>
        </message>
        <message>
            <source>Fine {amount}.</source>
            <translation>Fine {amount}.</translation>
        </message>
        <message>
            <source>Put it aside: on hold for {name}.</source>
            <translation>Put it aside: on hold for {name}.</translation>
        </message>
        <message>
            <source>The district library could not be reached: the return is sent when it can be.</source>
            <translation>The district library could not be reached: the return is sent when it can be.</translation>
        </message>
        <message>
            <source>Returned {barcode} “{title}”</source>
            <translation>Returned {barcode} “{title}”</translation>
        </message>
        <message>
            <source>Take {amount} in cash for the fines on {books}?</source>
            <translation>Take {amount} in cash for the fines on {books}?</translation>
        </message>
        <message>
            <source>Fines paid</source>
            <translation>Fines paid</translation>
        </message>
        <message>
            <source>Fines of {amount} paid: receipt {receipt}.</source>
            <translation>Fines of {amount} paid: receipt {receipt}.</translation>
        </message>
        <message>
            <source>Fines {amount} paid, receipt {receipt}</source>
            <translation>Fines {amount} paid, receipt {receipt}</translation>
        </message>
        <message>
            <source>{barcode} is with the district library now: wait for its answer before scanning it again.</source>
            <translation>{barcode} is with the district library now: wait for its answer before scanning it again.</translation>
        </message>
        <message>
            <source>{n} district book(s) are not recorded yet: the district library has not answered. Record them now and send them to it later, then close?</source>
            <translation>{n} district book(s) are not recorded yet: the district library has not answered. Record them now and send them to it later, then close?</translation>
        </message>
        <message>
            <source>Contacting the district library… ({call})</source>
            <translation>Contacting the district library… ({call})</translation>
        </message>
        <message>
            <source>{n} more district book(s) wait their turn: keep scanning.</source>
            <translation>{n} more district book(s) wait their turn: keep scanning.</translation>
        </message>
        <message>
            <source>Waiting: {calls}</source>
            <translation>Waiting: {calls}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{what} {barcode} for {name}</source>
            <translation>{what} {barcode} for {name}</translation>
        </message>
        <message>
            <source>{what} {barcode}</source>
            <translation>{what} {barcode}</translation>
        </message>
        <message>
            <source>Choose the loan to renew in the list.</source>
            <translation>Choose the loan to renew in the list.</translation>
        </message>
        <message>
            <source>renewal</source>
            <translation>renewal</translation>
        </message>
        <message>
            <source>Renewed “{title}”: now due {due}.</source>
            <translation>Renewed “{title}”: now due {due}.</translation>
        </message>
        <message>
            <source>Renewed {barcode} “{title}”</source>
            <translation>Renewed {barcode} “{title}”</translation>
        </message>
        <message>
            <source>Hold a book</source>
            <translation>Hold a book</translation>
        </message>
        <message>
            <source>Barcode of any copy of the book, or its ISBN from the reader's slip (the first copy back is kept for the reader):</source>
            <translation>Barcode of any copy of the book, or its ISBN from the reader's slip (the first copy back is kept for the reader):</translation>
        </message>
        <message>
            <source>Hold placed: number {n} in the queue.</source>
            <translation>Hold placed: number {n} in the queue.</translation>
        </message>
        <message>
            <source>Scan the new card (leave empty for the next number):</source>
            <translation>Scan the new card (leave empty for the next number):</translation>
        </message>
        <message>
            <source>Reader card {card} is ready.</source>
            <translation>Reader card {card} is ready.</translation>
        </message>
    </context>
    <context>
        <name>LibraryFinesModel</name>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Card holder</source>
            <translation>Card holder</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Receipt or reason</source>
            <translation>Receipt or reason</translation>
        </message>
    </context>
    <context>
        <name>LibraryFinesTab</name>
        <message>
            <source>Which fines</source>
            <translation>Which fines</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Outstanding</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>Waived</translation>
        </message>
        <message>
            <source>All fines</source>
            <translation>All fines</translation>
        </message>
        <message>
            <source>Fines totals</source>
            <translation>Fines totals</translation>
        </message>
        <message>
            <source>Fines ledger</source>
            <translation>Fines ledger</translation>
        </message>
        <message>
            <source>Record paid…</source>
            <translation>Record paid…</translation>
        </message>
        <message>
            <source>Record the chosen fines paid</source>
            <translation>Record the chosen fines paid</translation>
        </message>
        <message>
            <source>Waive…</source>
            <translation>Waive…</translation>
        </message>
        <message>
            <source>Waive the chosen fine</source>
            <translation>Waive the chosen fine</translation>
        </message>
        <message>
            <source>Undo the record…</source>
            <translation>Undo the record…</translation>
        </message>
        <message>
            <source>Undo a payment or waiver</source>
            <translation>Undo a payment or waiver</translation>
        </message>
        <message>
            <source>Print the ledger</source>
            <translation>Print the ledger</translation>
        </message>
        <message>
            <source>Print the fines ledger</source>
            <translation>Print the fines ledger</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Choose outstanding fines in the list first.</source>
            <translation>Choose outstanding fines in the list first.</translation>
        </message>
        <message>
            <source>Choose the fines of one reader card.</source>
            <translation>Choose the fines of one reader card.</translation>
        </message>
        <message>
            <source>Only an administrator waives a fine or undoes a fine's record.</source>
            <translation>Only an administrator waives a fine or undoes a fine's record.</translation>
        </message>
        <message>
            <source>Choose one outstanding fine first.</source>
            <translation>Choose one outstanding fine first.</translation>
        </message>
        <message>
            <source>Choose one paid or waived fine first.</source>
            <translation>Choose one paid or waived fine first.</translation>
        </message>
        <message>
            <source>Outstanding {o_n} ({o}) · paid {p_n} ({p}) · waived {w_n} ({w}) · all {a_n} ({a})</source>
            <translation>Outstanding {o_n} ({o}) · paid {p_n} ({p}) · waived {w_n} ({w}) · all {a_n} ({a})</translation>
        </message>
        <message>
            <source>(the newest {n} shown; print or export for all)</source>
            <translation>(the newest {n} shown; print or export for all)</translation>
        </message>
        <message>
            <source>No fine yet.</source>
            <translation>No fine yet.</translation>
        </message>
        <message>
            <source>Take {amount} in cash from {name} for {n} fines?</source>
            <translation>Take {amount} in cash from {name} for {n} fines?</translation>
        </message>
        <message>
            <source>Fines paid</source>
            <translation>Fines paid</translation>
        </message>
        <message>
            <source>Fines of {amount} paid: receipt {receipt}.</source>
            <translation>Fines of {amount} paid: receipt {receipt}.</translation>
        </message>
        <message>
            <source>Waive the fine</source>
            <translation>Waive the fine</translation>
        </message>
        <message>
            <source>Why is the fine of {amount} on {barcode} waived?</source>
            <translation>Why is the fine of {amount} on {barcode} waived?</translation>
        </message>
        <message>
            <source>Undo the record</source>
            <translation>Undo the record</translation>
        </message>
        <message>
            <source>Why is it undone?</source>
            <translation>Why is it undone?</translation>
        </message>
    </context>
    <context>
        <name>LibraryHoldsModel</name>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>In queue</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placed</translation>
        </message>
        <message>
            <source>Ready to collect</source>
            <translation>Ready to collect</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>any copy</source>
            <translation>any copy</translation>
        </message>
    </context>
    <context>
        <name>LibraryHoldsTab</name>
        <message>
            <source>Find a hold</source>
            <translation>Find a hold</translation>
        </message>
        <message>
            <source>Title, barcode or reader's name</source>
            <translation>Title, barcode or reader's name</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Holds</translation>
        </message>
        <message>
            <source>Cancel the hold…</source>
            <translation>Cancel the hold…</translation>
        </message>
        <message>
            <source>Cancel the hold</source>
            <translation>Cancel the hold</translation>
        </message>
        <message>
            <source>Choose the hold in the list first.</source>
            <translation>Choose the hold in the list first.</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Why?</translation>
        </message>
    </context>
    <context>
        <name>LibraryLoansModel</name>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Borrowed by</source>
            <translation>Borrowed by</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Lent</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>Renewed</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{n} days overdue</source>
            <translation>{n} days overdue</translation>
        </message>
        <message>
            <source>District library</source>
            <translation>District library</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>waiting to be sent</translation>
        </message>
        <message>
            <source>due date set by the district library (the desk had given {day})</source>
            <translation>due date set by the district library (the desk had given {day})</translation>
        </message>
    </context>
    <context>
        <name>LibraryOverdueModel</name>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Borrowed by</source>
            <translation>Borrowed by</translation>
        </message>
        <message>
            <source>Card holder</source>
            <translation>Card holder</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>Reminded</translation>
        </message>
    </context>
    <context>
        <name>LibraryOverdueTab</name>
        <message>
            <source>Overdue books</source>
            <translation>Overdue books</translation>
        </message>
        <message>
            <source>Print reminder slips</source>
            <translation>Print reminder slips</translation>
        </message>
        <message>
            <source>Reminder slips</source>
            <translation>Reminder slips</translation>
        </message>
        <message>
            <source>For the chosen lines, or all when none is chosen</source>
            <translation>For the chosen lines, or all when none is chosen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{n} books overdue.</source>
            <translation>{n} books overdue.</translation>
        </message>
        <message>
            <source>No book is overdue.</source>
            <translation>No book is overdue.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Book room</source>
            <translation>Book room</translation>
        </message>
        <message>
            <source>Lend and return</source>
            <translation>Lend and return</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Holds</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Fines</source>
            <translation>Fines</translation>
        </message>
        <message>
            <source>District library</source>
            <translation>District library</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>LibraryProfile</name>
        <message>
            <source>City book room</source>
            <translation>City book room</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>Reader card</translation>
        </message>
        <message>
            <source>Borrows on</source>
            <translation>Borrows on</translation>
        </message>
        <message>
            <source>{name}'s card</source>
            <translation>{name}'s card</translation>
        </message>
        <message>
            <source>“{title}” ({who}), due {due}{late}</source>
            <translation>“{title}” ({who}), due {due}{late}</translation>
        </message>
        <message>
            <source>, {n} days overdue</source>
            <translation>, {n} days overdue</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Books out</source>
            <translation>Books out</translation>
        </message>
        <message>
            <source>“{title}”: number {n} in the queue</source>
            <translation>“{title}”: number {n} in the queue</translation>
        </message>
        <message>
            <source>“{title}”: ready to collect</source>
            <translation>“{title}”: ready to collect</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Holds</translation>
        </message>
        <message>
            <source>Books borrowed in all</source>
            <translation>Books borrowed in all</translation>
        </message>
    </context>
    <context>
        <name>LibrarySettingsTab</name>
        <message>
            <source>Loan period (days)</source>
            <translation>Loan period (days)</translation>
        </message>
        <message>
            <source>Books per reader card</source>
            <translation>Books per reader card</translation>
        </message>
        <message>
            <source>Renewals per loan</source>
            <translation>Renewals per loan</translation>
        </message>
        <message>
            <source>No more loans while a book on the card is overdue</source>
            <translation>No more loans while a book on the card is overdue</translation>
        </message>
        <message>
            <source>Refuse readers with overdue books</source>
            <translation>Refuse readers with overdue books</translation>
        </message>
        <message>
            <source>Charge fines for late books</source>
            <translation>Charge fines for late books</translation>
        </message>
        <message>
            <source>Fines</source>
            <translation>Fines</translation>
        </message>
        <message>
            <source>Fine per day (yuan)</source>
            <translation>Fine per day (yuan)</translation>
        </message>
        <message>
            <source>Own card from age</source>
            <translation>Own card from age</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Save the rules</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Fine per day</source>
            <translation>Fine per day</translation>
        </message>
        <message>
            <source>Children borrow on a guardian's card until age</source>
            <translation>Children borrow on a guardian's card until age</translation>
        </message>
        <message>
            <source>Your role may not change the lending rules.</source>
            <translation>Your role may not change the lending rules.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>LinkSettingsBox</name>
        <message>
            <source>District library link (SIP2)</source>
            <translation>District library link (SIP2)</translation>
        </message>
        <message>
            <source>Send district transactions to the library</source>
            <translation>Send district transactions to the library</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Institution id</source>
            <translation>Institution id</translation>
        </message>
        <message>
            <source>Sign-in user</source>
            <translation>Sign-in user</translation>
        </message>
        <message>
            <source>Sign-in password</source>
            <translation>Sign-in password</translation>
        </message>
        <message>
            <source>Location code</source>
            <translation>Location code</translation>
        </message>
        <message>
            <source>Wait for an answer (seconds)</source>
            <translation>Wait for an answer (seconds)</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Text encoding</translation>
        </message>
        <message>
            <source>Save link</source>
            <translation>Save link</translation>
        </message>
        <message>
            <source>Save the district library link</source>
            <translation>Save the district library link</translation>
        </message>
        <message>
            <source>Wait (seconds)</source>
            <translation>Wait (seconds)</translation>
        </message>
        <message>
            <source>(stored; type to change)</source>
            <translation>(stored; type to change)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Tries</translation>
        </message>
        <message>
            <source>Library's answer</source>
            <translation>Library's answer</translation>
        </message>
    </context>
    <context>
        <name>SipPending</name>
        <message>
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renewal</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Being sent</source>
            <translation>Being sent</translation>
        </message>
        <message>
            <source>Done by the library</source>
            <translation>Done by the library</translation>
        </message>
        <message>
            <source>Refused: to resolve</source>
            <translation>Refused: to resolve</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>The library says: {text}</source>
            <translation>The library says: {text}</translation>
        </message>
        <message>
            <source>Resolved: {note}</source>
            <translation>Resolved: {note}</translation>
        </message>
        <message>
            <source>Done, due {due}</source>
            <translation>Done, due {due}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>SipPendingPanel</name>
        <message>
            <source>Send now</source>
            <translation>Send now</translation>
        </message>
        <message>
            <source>Send the kept transactions to the district library now</source>
            <translation>Send the kept transactions to the district library now</translation>
        </message>
        <message>
            <source>Resolved…</source>
            <translation>Resolved…</translation>
        </message>
        <message>
            <source>Mark the refused transaction resolved</source>
            <translation>Mark the refused transaction resolved</translation>
        </message>
        <message>
            <source>Show done</source>
            <translation>Show done</translation>
        </message>
        <message>
            <source>Show the transactions already done</source>
            <translation>Show the transactions already done</translation>
        </message>
        <message>
            <source>District transactions kept to send</source>
            <translation>District transactions kept to send</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Only the book room's staff see the district transactions.</source>
            <translation>Only the book room's staff see the district transactions.</translation>
        </message>
        <message>
            <source>Waiting: {pending} · Being sent: {sending} · Refused, to resolve: {refused}</source>
            <translation>Waiting: {pending} · Being sent: {sending} · Refused, to resolve: {refused}</translation>
        </message>
        <message>
            <source>Last problem ({at}): {problem}</source>
            <translation>Last problem ({at}): {problem}</translation>
        </message>
        <message>
            <source>Last send: {message}</source>
            <translation>Last send: {message}</translation>
        </message>
        <message>
            <source>Refused district transaction</source>
            <translation>Refused district transaction</translation>
        </message>
        <message>
            <source>How was it resolved (for example: the reader brought the copy back, the library was told)?</source>
            <translation>How was it resolved (for example: the reader brought the copy back, the library was told)?</translation>
        </message>
    </context>
</TS>
