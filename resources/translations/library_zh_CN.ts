<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>DistrictLibrary</name>
        <message>
            <source>Ask the administrator to set it up: until then district-owned books cannot be lent or renewed here.</source>
            <translation>请联系管理员设置对接；设置好之前，区图书馆的图书不能在这里借出或续借。</translation>
        </message>
        <message>
            <source>The return is kept here and sent once the administrator sets up the link.</source>
            <translation>还书已记在本机，请联系管理员设置对接，设置好后自动发送。</translation>
        </message>
        <message>
            <source>The reader's card cannot be checked there now.</source>
            <translation>暂时无法到区馆核验读者证。</translation>
        </message>
        <message>
            <source>The transaction is kept here and sent when the library can be reached.</source>
            <translation>本次业务已在本机暂存，待连上区馆后自动补发。</translation>
        </message>
        <message>
            <source>The library says: {text}</source>
            <translation>区馆提示：{text}</translation>
        </message>
        <message>
            <source>Lent through the district library, due {due}.</source>
            <translation>已通过区馆借出，应还日期 {due}。</translation>
        </message>
        <message>
            <source>Lent through the district library.</source>
            <translation>已通过区馆借出。</translation>
        </message>
        <message>
            <source>Renewed at the district library, due {due}.</source>
            <translation>区馆已续借，应还日期 {due}。</translation>
        </message>
        <message>
            <source>Renewed at the district library.</source>
            <translation>区馆已续借。</translation>
        </message>
        <message>
            <source>Returned to the district library.</source>
            <translation>已在区馆系统中归还。</translation>
        </message>
        <message>
            <source>Put this copy aside: another reader is waiting for it.</source>
            <translation>请将此书单独放好：有其他读者在等这本书。</translation>
        </message>
        <message>
            <source>The district library lets this reader borrow.</source>
            <translation>区馆确认该读者可以借书。</translation>
        </message>
        <message>
            <source>The district library's server cannot be reached.</source>
            <translation>连不上区图书馆的服务器。</translation>
        </message>
        <message>
            <source>The district library's server did not answer in time.</source>
            <translation>区图书馆服务器应答超时。</translation>
        </message>
        <message>
            <source>The district library's server answered something that is not SIP2.</source>
            <translation>区图书馆服务器返回的内容无法识别（不是 SIP2 格式）。</translation>
        </message>
        <message>
            <source>The district library's server closed the connection.</source>
            <translation>区图书馆服务器断开了连接。</translation>
        </message>
        <message>
            <source>The district library refused the desk's sign-in: check the link settings.</source>
            <translation>区图书馆拒绝了本机登录，请检查对接设置。</translation>
        </message>
        <message>
            <source>The district library's system says it is offline.</source>
            <translation>区图书馆系统报告当前离线。</translation>
        </message>
        <message>
            <source>The district library link is not set up.</source>
            <translation>尚未设置与区图书馆的对接。</translation>
        </message>
        <message>
            <source>Earlier district transactions are still being sent; this one goes after them.</source>
            <translation>之前暂存的区馆业务还在补发，本次业务排在它们之后。</translation>
        </message>
        <message>
            <source>The district library has blocked this reader's card: no district books now.</source>
            <translation>区馆已停用该读者证，暂不能借区馆图书。</translation>
        </message>
        <message>
            <source>The district library does not know this card.</source>
            <translation>区馆查无此读者证。</translation>
        </message>
        <message>
            <source>This copy is on hold for another reader at the district library.</source>
            <translation>这本书已被其他读者在区馆预约，暂不能借出。</translation>
        </message>
        <message>
            <source>The district library does not know this barcode.</source>
            <translation>区馆查无此条码。</translation>
        </message>
        <message>
            <source>The district library refused it.</source>
            <translation>区馆拒绝办理。</translation>
        </message>
        <message>
            <source>Scan or type the reader's library card.</source>
            <translation>请扫描或输入读者证号。</translation>
        </message>
        <message>
            <source>Scan or type the copy's barcode.</source>
            <translation>请扫描或输入图书条码。</translation>
        </message>
        <message>
            <source>A transaction id is needed (no "|").</source>
            <translation>需要业务编号（不能含“|”）。</translation>
        </message>
        <message>
            <source>Enter the district library server's address.</source>
            <translation>请填写区图书馆服务器地址。</translation>
        </message>
        <message>
            <source>Enter the institution id the library gave you.</source>
            <translation>请填写区馆提供的机构代码。</translation>
        </message>
        <message>
            <source>Choose UTF-8, GBK or CP850.</source>
            <translation>请选择 UTF-8、GBK 或 CP850。</translation>
        </message>
        <message>
            <source>Replaced by a later transaction that sends it again after a return.</source>
            <translation>已由后面一笔业务代替：在还书之后重新发送。</translation>
        </message>
        <message>
            <source>{n} transactions wait to be sent.</source>
            <translation>还有 {n} 笔业务等待补发。</translation>
        </message>
        <message>
            <source>Sent: {accepted} accepted, {refused} refused; {n} waiting.</source>
            <translation>已补发：区馆办理 {accepted} 笔，拒绝 {refused} 笔；还有 {n} 笔等待。</translation>
        </message>
        <message>
            <source>Say how it was resolved.</source>
            <translation>请说明处理结果。</translation>
        </message>
        <message>
            <source>No such district transaction.</source>
            <translation>没有这笔区馆业务。</translation>
        </message>
        <message>
            <source>Only a transaction the library refused can be resolved.</source>
            <translation>只有被区馆拒绝的业务才需要标记处理。</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>This room</source>
            <translation>本书房</translation>
        </message>
        <message>
            <source>District library</source>
            <translation>区图书馆</translation>
        </message>
        <message>
            <source>On the shelf</source>
            <translation>在架</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Put aside for a hold</source>
            <translation>预约保留</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已剔旧</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>已丢失</translation>
        </message>
        <message>
            <source>Scan or type the book's barcode.</source>
            <translation>请扫描或输入图书条码。</translation>
        </message>
        <message>
            <source>“{code}” is not a book barcode (letters, digits and hyphens, up to 30).</source>
            <translation>“{code}”不是图书条码（字母、数字和连字符，最多 30 位）。</translation>
        </message>
        <message>
            <source>ISBN {isbn}: the check digit is wrong. Type it again from the book.</source>
            <translation>ISBN {isbn} 校验位不对，请对照图书重新输入。</translation>
        </message>
        <message>
            <source>ISBN {isbn}: an ISBN has 10 or 13 digits.</source>
            <translation>ISBN {isbn} 位数不对：ISBN 为 10 位或 13 位。</translation>
        </message>
        <message>
            <source>{isbn} is not an ISBN (13 digits beginning 978 or 979, or 10).</source>
            <translation>{isbn} 不是 ISBN（13 位，以 978 或 979 开头；或 10 位）。</translation>
        </message>
        <message>
            <source>Give the book's title.</source>
            <translation>请填写书名。</translation>
        </message>
        <message>
            <source>The owner is this room or the district library.</source>
            <translation>归属只能是本书房或区图书馆。</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already in the catalogue.</source>
            <translation>条码 {barcode} 已在书目中。</translation>
        </message>
        <message>
            <source>This copy is no longer in the catalogue.</source>
            <translation>这本书已不在书目中。</translation>
        </message>
        <message>
            <source>The barcode cannot change while the copy is on loan.</source>
            <translation>图书借出期间不能修改条码。</translation>
        </message>
        <message>
            <source>The owner cannot change while the copy is on loan.</source>
            <translation>图书借出期间不能修改归属。</translation>
        </message>
        <message>
            <source>A copy leaves the collection withdrawn or lost.</source>
            <translation>注销馆藏只能选择剔旧或丢失。</translation>
        </message>
        <message>
            <source>Say why the copy leaves the collection.</source>
            <translation>请填写注销原因。</translation>
        </message>
        <message>
            <source>Copy {barcode} is already out of the collection ({status}).</source>
            <translation>图书 {barcode} 已注销（{status}）。</translation>
        </message>
        <message>
            <source>Copy {barcode} is on loan: take it back first, or mark it lost.</source>
            <translation>图书 {barcode} 尚在借出：请先还书，或登记为丢失。</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>该居民记录已不存在。</translation>
        </message>
        <message>
            <source>{name}'s record is archived: restore it at the residents' tab first.</source>
            <translation>{name}的档案已归档，请先在“居民”页恢复。</translation>
        </message>
        <message>
            <source>{name} is a child: children borrow on a guardian's record. Link a guardian at the childcare counter first.</source>
            <translation>{name}是未成年人，须用监护人的读者证借书。请先在托管处登记监护人。</translation>
        </message>
        <message>
            <source>A child: borrows on {guardian}'s card.</source>
            <translation>未成年人：使用{guardian}的读者证借书。</translation>
        </message>
        <message>
            <source>A book on hold is ready to collect.</source>
            <translation>有预约的书已到，可以取书。</translation>
        </message>
        <message>
            <source>{name}'s card has {n} overdue book(s): they must come back before anything more is lent.</source>
            <translation>{name}的读者证上有 {n} 本书逾期未还，须先归还才能再借。</translation>
        </message>
        <message>
            <source>{name}'s card already holds {n} books, the limit.</source>
            <translation>{name}的读者证已借 {n} 本，达到上限。</translation>
        </message>
        <message>
            <source>A reader card number is letters and digits.</source>
            <translation>读者证号由字母和数字组成。</translation>
        </message>
        <message>
            <source>{name} is a child and borrows on a guardian's card.</source>
            <translation>{name}是未成年人，使用监护人的读者证借书。</translation>
        </message>
        <message>
            <source>Card {card} belongs to another reader.</source>
            <translation>读者证 {card} 已属于其他读者。</translation>
        </message>
        <message>
            <source>No copy with barcode {barcode} is in the catalogue.</source>
            <translation>书目中没有条码为 {barcode} 的图书。</translation>
        </message>
        <message>
            <source>“{title}” ({barcode}) is out of the collection: it cannot be lent.</source>
            <translation>《{title}》（{barcode}）已注销，不能外借。</translation>
        </message>
        <message>
            <source>“{title}” is already on loan to {name}.</source>
            <translation>《{title}》已在{name}名下借出，不能重复借。</translation>
        </message>
        <message>
            <source>Cannot lend: “{title}” ({barcode}) is on another reader's card, due back by {due}. Take it back first.</source>
            <translation>不能借出：《{title}》（{barcode}）在别的读者名下，应在{due}前归还。请先办理还书。</translation>
        </message>
        <message>
            <source>“{title}” is kept for another reader's hold.</source>
            <translation>《{title}》正为其他读者预约保留。</translation>
        </message>
        <message>
            <source>“{title}” was lent at another desk a moment ago.</source>
            <translation>《{title}》刚刚在另一台电脑借出。</translation>
        </message>
        <message>
            <source>The district library refused the loan.</source>
            <translation>区图书馆拒绝借出。</translation>
        </message>
        <message>
            <source>The district library had already lent it on this card: a return is kept and sent to it.</source>
            <translation>区图书馆那边已按这张证借出：已记下一笔还书，稍后发给区图书馆。</translation>
        </message>
        <message>
            <source>“{title}” ({barcode}) is not on loan: put it back on the shelf.</source>
            <translation>《{title}》（{barcode}）不在借出状态，请放回书架。</translation>
        </message>
        <message>
            <source>The district library refused the return.</source>
            <translation>区图书馆拒绝还书。</translation>
        </message>
        <message>
            <source>This book was taken back at another desk a moment ago.</source>
            <translation>这本书刚刚在另一台电脑还了。</translation>
        </message>
        <message>
            <source>This loan no longer exists.</source>
            <translation>这笔借阅已不存在。</translation>
        </message>
        <message>
            <source>The district library refused the renewal.</source>
            <translation>区图书馆拒绝续借。</translation>
        </message>
        <message>
            <source>The district library had already renewed it: the due date it gave, {due}, is recorded here.</source>
            <translation>区图书馆已办理续借：已按其给出的应还日期 {due} 记录。</translation>
        </message>
        <message>
            <source>“{title}” has already been returned.</source>
            <translation>《{title}》已经归还。</translation>
        </message>
        <message>
            <source>“{title}” has been renewed {n} time(s), the most allowed.</source>
            <translation>《{title}》已续借 {n} 次，达到上限。</translation>
        </message>
        <message>
            <source>“{title}” is on hold for another reader: it cannot be renewed.</source>
            <translation>《{title}》已有其他读者预约，不能续借。</translation>
        </message>
        <message>
            <source>No book with ISBN {isbn} is in the catalogue: check the number on the reader's slip.</source>
            <translation>馆藏中没有 ISBN 为 {isbn} 的书，请核对读者预约单上的号码。</translation>
        </message>
        <message>
            <source>“{title}” is on the shelf: lend it now.</source>
            <translation>《{title}》在架上，可以直接借。</translation>
        </message>
        <message>
            <source>{name} has this book already.</source>
            <translation>{name}已借了这本书。</translation>
        </message>
        <message>
            <source>{name} is already in the queue for this book.</source>
            <translation>{name}已在这本书的预约队列中。</translation>
        </message>
        <message>
            <source>Say why the hold is cancelled.</source>
            <translation>请填写取消预约的原因。</translation>
        </message>
        <message>
            <source>This hold is no longer open.</source>
            <translation>这条预约已结束。</translation>
        </message>
        <message>
            <source>The link to the district library is not set up on this computer: district-owned books cannot be lent, renewed or taken back here yet.</source>
            <translation>本机尚未接通区图书馆系统：区图书馆的书暂时不能在这里借、还或续借。</translation>
        </message>
        <message>
            <source>The file {name} was not found.</source>
            <translation>找不到文件 {name}。</translation>
        </message>
        <message>
            <source>record {n}</source>
            <translation>第 {n} 条记录</translation>
        </message>
        <message>
            <source>not a readable MARC record</source>
            <translation>无法读取的 MARC 记录</translation>
        </message>
        <message>
            <source>no copy (no barcode in the record)</source>
            <translation>无馆藏（记录中没有条码）</translation>
        </message>
        <message>
            <source>{name} is not a MARC file (ISO 2709, .mrc).</source>
            <translation>{name} 不是 MARC 文件（ISO 2709，.mrc）。</translation>
        </message>
        <message>
            <source>line {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <source>{name} has no header row with 条码 and 书名 columns.</source>
            <translation>{name} 中找不到含“条码”“书名”列的表头。</translation>
        </message>
        <message>
            <source>barcode already in the catalogue</source>
            <translation>条码已在书目中</translation>
        </message>
        <message>
            <source>Lending by owner</source>
            <translation>按归属统计借阅</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>归属</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续借</translation>
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
            <source>City book room</source>
            <translation>城市书房</translation>
        </message>
        <message>
            <source>New readers</source>
            <translation>新办读者证</translation>
        </message>
        <message>
            <source>Readers who borrowed</source>
            <translation>借书读者人数</translation>
        </message>
        <message>
            <source>The loan period is 1 to 366 days.</source>
            <translation>借期为 1 至 366 天。</translation>
        </message>
        <message>
            <source>A reader may hold 1 to 100 books at once.</source>
            <translation>每证可借 1 至 100 册。</translation>
        </message>
        <message>
            <source>Renewals are 0 to 20 per loan.</source>
            <translation>续借次数为 0 至 20 次。</translation>
        </message>
        <message>
            <source>The fine is 0 to ¥100.00 a day.</source>
            <translation>每天罚款为 0 至 ¥100.00。</translation>
        </message>
        <message>
            <source>Give the fine per day, or turn fines off.</source>
            <translation>请填写每天罚款金额，或关闭罚款。</translation>
        </message>
        <message>
            <source>The age for borrowing on one's own record is 0 to 18.</source>
            <translation>自己办证的年龄为 0 至 18 岁。</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>请填写整数。</translation>
        </message>
        <message>
            <source>None of the chosen loans is overdue: there is no slip to print.</source>
            <translation>所选图书都没有逾期，没有催还单可打印。</translation>
        </message>
        <message>
            <source>Overdue book reminder</source>
            <translation>图书催还通知单</translation>
        </message>
        <message>
            <source>To {name}, reader card {card}:</source>
            <translation>{name}（读者证 {card}）：</translation>
        </message>
        <message>
            <source>The books below are past their due day. Please bring them back to the book room soon.</source>
            <translation>您借阅的以下图书已超过应还日期，请尽快归还城市书房。</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>未缴</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已缴</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>已免除</translation>
        </message>
        <message>
            <source>Choose outstanding, paid, waived or all fines.</source>
            <translation>请选择未缴、已缴、已免除或全部罚款。</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>This loan carries no fine.</source>
            <translation>这笔借阅没有罚款。</translation>
        </message>
        <message>
            <source>The fine for {barcode} is already paid: look it up in the fines ledger.</source>
            <translation>{barcode} 的罚款已经缴纳，请在罚款台账中查看。</translation>
        </message>
        <message>
            <source>The fine for {barcode} was waived: look it up in the fines ledger.</source>
            <translation>{barcode} 的罚款已经免除，请在罚款台账中查看。</translation>
        </message>
        <message>
            <source>Choose the fines being paid.</source>
            <translation>请选择要缴纳的罚款。</translation>
        </message>
        <message>
            <source>The fines come to {due}, not {amount}: take exactly the fines' sum.</source>
            <translation>罚款合计 {due}，不是 {amount}：请按罚款合计收取。</translation>
        </message>
        <message>
            <source>Another desk settled this fine a moment ago.</source>
            <translation>这笔罚款刚刚已在另一台电脑上处理。</translation>
        </message>
        <message>
            <source>Say why the fine is waived.</source>
            <translation>请说明免除罚款的原因。</translation>
        </message>
        <message>
            <source>Say why the record is undone.</source>
            <translation>请说明撤销这条记录的原因。</translation>
        </message>
        <message>
            <source>This fine record no longer exists.</source>
            <translation>这条罚款记录已不存在。</translation>
        </message>
        <message>
            <source>This fine record was already undone.</source>
            <translation>这条罚款记录已经撤销过了。</translation>
        </message>
        <message>
            <source>Book room fines ledger</source>
            <translation>书房罚款台账</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>还书日期</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Card holder</source>
            <translation>持证人</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>罚款</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Receipt / reason</source>
            <translation>收据号 / 原因</translation>
        </message>
        <message>
            <source>Returned {since} to {until}</source>
            <translation>还书日期 {since} 至 {until}</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <source>All fines</source>
            <translation>全部罚款</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>第 {n} 页</translation>
        </message>
        <message>
            <source>{label}: {n} fines, {amount}</source>
            <translation>{label}：{n} 笔，{amount}</translation>
        </message>
        <message>
            <source>Prepared by: ____________</source>
            <translation>制表人：____________</translation>
        </message>
        <message>
            <source>Cash checked by: ____________</source>
            <translation>现金核对人：____________</translation>
        </message>
        <message>
            <source>Date: ____________</source>
            <translation>日期：____________</translation>
        </message>
        <message>
            <source>Borrowed by</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Days / fine</source>
            <translation>逾期天数 / 罚款</translation>
        </message>
        <message>
            <source>(self)</source>
            <translation>（本人）</translation>
        </message>
        <message>
            <source>Printed {day}</source>
            <translation>打印日期 {day}</translation>
        </message>
    </context>
    <context>
        <name>LibraryCatalogueModel</name>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>归属</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>{state}, due {due}</source>
            <translation>{state}，应还 {due}</translation>
        </message>
    </context>
    <context>
        <name>LibraryCatalogueTab</name>
        <message>
            <source>Import a MARC file</source>
            <translation>导入 MARC 文件</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>导入表格</translation>
        </message>
        <message>
            <source>Find a copy</source>
            <translation>查找图书</translation>
        </message>
        <message>
            <source>Barcode, ISBN, title, author or call number</source>
            <translation>条码、ISBN、书名、作者或索书号</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>馆藏</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>书目</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Add a copy</source>
            <translation>新增图书</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Withdraw or lost…</source>
            <translation>剔旧或丢失…</translation>
        </message>
        <message>
            <source>Take out of the collection</source>
            <translation>注销馆藏</translation>
        </message>
        <message>
            <source>Imported copies belong to</source>
            <translation>导入图书归属</translation>
        </message>
        <message>
            <source>Import MARC…</source>
            <translation>导入 MARC…</translation>
        </message>
        <message>
            <source>MARC</source>
            <translation>MARC</translation>
        </message>
        <message>
            <source>Import spreadsheet…</source>
            <translation>导入表格…</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>Your role may not change the catalogue.</source>
            <translation>您的角色不能修改书目。</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>This room {room} · district library {district} · on loan {on_loan}</source>
            <translation>本书房 {room} 册 · 区图书馆 {district} 册 · 借出 {on_loan} 册</translation>
        </message>
        <message>
            <source>Choose the copy in the list first.</source>
            <translation>请先在列表中选中图书。</translation>
        </message>
        <message>
            <source>Is “{title}” ({barcode}) lost? Yes: lost. No: withdrawn from the collection (剔旧).</source>
            <translation>《{title}》（{barcode}）是丢失吗？是：登记丢失；否：剔旧注销。</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>{n} copies imported.</source>
            <translation>已导入 {n} 册。</translation>
        </message>
        <message>
            <source>{n} lines skipped:</source>
            <translation>跳过 {n} 行：</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>……另有 {n} 行。</translation>
        </message>
    </context>
    <context>
        <name>LibraryCopyDialog</name>
        <message>
            <source>Correct a copy</source>
            <translation>修改图书</translation>
        </message>
        <message>
            <source>Add a copy</source>
            <translation>新增图书</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>10 or 13 digits, hyphens allowed</source>
            <translation>10 位或 13 位，可带连字符</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>归属</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>LibraryDeskTab</name>
        <message>
            <source>Reader: scan the card or find the resident</source>
            <translation>读者：扫读者证或查找居民</translation>
        </message>
        <message>
            <source>Reader card or resident</source>
            <translation>读者证或居民</translation>
        </message>
        <message>
            <source>Scan the reader card, or type a name, pinyin or phone</source>
            <translation>扫读者证，或输入姓名、拼音、手机号</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Lend: scan the books one after another</source>
            <translation>借书：逐本扫描图书条码</translation>
        </message>
        <message>
            <source>Book barcode to lend</source>
            <translation>要借出的图书条码</translation>
        </message>
        <message>
            <source>Scan a book's barcode and press Enter</source>
            <translation>扫图书条码后回车</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Waiting for the district library</source>
            <translation>等待区图书馆答复</translation>
        </message>
        <message>
            <source>Keep for later, send afterwards</source>
            <translation>先记下，稍后发送</translation>
        </message>
        <message>
            <source>Record the district books now and send them later</source>
            <translation>先记下区图书馆的书，稍后发送</translation>
        </message>
        <message>
            <source>Do not wait for the district library: the books being sent are recorded now, as when it cannot be reached, and sent to it later.</source>
            <translation>不再等区图书馆回复：正在发送和排队的书现在就记下（和联系不上时一样），以后再发送给区图书馆。</translation>
        </message>
        <message>
            <source>Books on this card</source>
            <translation>本证在借图书</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Renew the loan</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Hold a book…</source>
            <translation>预约…</translation>
        </message>
        <message>
            <source>Place a hold</source>
            <translation>预约图书</translation>
        </message>
        <message>
            <source>Reader card…</source>
            <translation>读者证…</translation>
        </message>
        <message>
            <source>Fines paid…</source>
            <translation>缴纳罚款…</translation>
        </message>
        <message>
            <source>Record the reader's fines paid</source>
            <translation>登记读者已缴纳罚款</translation>
        </message>
        <message>
            <source>Return: scan any book</source>
            <translation>还书：扫任意一本书</translation>
        </message>
        <message>
            <source>Book barcode to take back</source>
            <translation>要归还的图书条码</translation>
        </message>
        <message>
            <source>Any book, whoever borrowed it</source>
            <translation>任何一本书，不论谁借的</translation>
        </message>
        <message>
            <source>At this desk today</source>
            <translation>本机今日借还</translation>
        </message>
        <message>
            <source>Loans and returns at this desk</source>
            <translation>本机借还记录</translation>
        </message>
        <message>
            <source>No reader chosen.</source>
            <translation>尚未选择读者。</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;  card {card}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;  读者证 {card}</translation>
        </message>
        <message>
            <source>(made at the first loan)</source>
            <translation>（首次借书时自动发证）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;  on {guardian}'s card {card}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;  使用{guardian}的读者证 {card}</translation>
        </message>
        <message>
            <source>Books on the card: {n} of {limit}; overdue: {overdue}</source>
            <translation>本证在借 {n} 本（上限 {limit} 本），逾期 {overdue} 本</translation>
        </message>
        <message>
            <source>Fines not paid: {amount} ({n} books returned late)</source>
            <translation>未缴罚款：{amount}（{n} 本书逾期归还）</translation>
        </message>
        <message>
            <source>Choose the reader first.</source>
            <translation>请先选择读者。</translation>
        </message>
        <message>
            <source>Choose a loan on the card first.</source>
            <translation>请先选中一本在借图书。</translation>
        </message>
        <message>
            <source>The reader has no fine to pay.</source>
            <translation>该读者没有待缴罚款。</translation>
        </message>
        <message>
            <source>Choose the reader first: scan the card or find the resident.</source>
            <translation>请先选择读者：扫读者证或查找居民。</translation>
        </message>
        <message>
            <source>lending</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>{barcode}: {why}</source>
            <translation>{barcode}：{why}</translation>
        </message>
        <message>
            <source>Lent “{title}” to {name}, due {due}.</source>
            <translation>《{title}》已借给{name}，应还日期 {due}。</translation>
        </message>
        <message>
            <source>The district library could not be reached: the loan is sent when it can be.</source>
            <translation>区图书馆系统暂时连不上：借书记录将在恢复后发送。</translation>
        </message>
        <message>
            <source>Lent {barcode} “{title}” → {name}</source>
            <translation>借出 {barcode}《{title}》→ {name}</translation>
        </message>
        <message>
            <source>return</source>
            <translation>还书</translation>
        </message>
        <message>
            <source>Returned “{title}” ({name}).</source>
            <translation>《{title}》已还（{name}）。</translation>
        </message>
        <message>
            <source>{n} days late.</source>
            <translation>逾期 {n} 天。</translation>
        </message>
        <message>
            <source>Fine {amount}.</source>
            <translation>罚款 {amount}。</translation>
        </message>
        <message>
            <source>Put it aside: on hold for {name}.</source>
            <translation>请放到预约架：{name}已预约。</translation>
        </message>
        <message>
            <source>The district library could not be reached: the return is sent when it can be.</source>
            <translation>区图书馆系统暂时连不上：还书记录将在恢复后发送。</translation>
        </message>
        <message>
            <source>Returned {barcode} “{title}”</source>
            <translation>归还 {barcode}《{title}》</translation>
        </message>
        <message>
            <source>Take {amount} in cash for the fines on {books}?</source>
            <translation>收取现金 {amount}，缴纳以下图书的罚款：{books}？</translation>
        </message>
        <message>
            <source>Fines paid</source>
            <translation>缴纳罚款</translation>
        </message>
        <message>
            <source>Fines of {amount} paid: receipt {receipt}.</source>
            <translation>已缴罚款 {amount}，收据号 {receipt}。</translation>
        </message>
        <message>
            <source>Fines {amount} paid, receipt {receipt}</source>
            <translation>缴纳罚款 {amount}，收据号 {receipt}</translation>
        </message>
        <message>
            <source>{barcode} is with the district library now: wait for its answer before scanning it again.</source>
            <translation>{barcode} 正在等区图书馆答复，请等答复后再扫这本书。</translation>
        </message>
        <message>
            <source>{n} district book(s) are not recorded yet: the district library has not answered. Record them now and send them to it later, then close?</source>
            <translation>还有 {n} 本区图书馆的书没有记下：区图书馆还没有回复。现在先记下、以后再发送，然后关闭吗？</translation>
        </message>
        <message>
            <source>Contacting the district library… ({call})</source>
            <translation>正在联系区图书馆…（{call}）</translation>
        </message>
        <message>
            <source>{n} more district book(s) wait their turn: keep scanning.</source>
            <translation>还有 {n} 本区图书馆的书在排队，可以继续扫码。</translation>
        </message>
        <message>
            <source>Waiting: {calls}</source>
            <translation>排队中：{calls}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>{what} {barcode} for {name}</source>
            <translation>{what} {barcode}（{name}）</translation>
        </message>
        <message>
            <source>{what} {barcode}</source>
            <translation>{what} {barcode}</translation>
        </message>
        <message>
            <source>Choose the loan to renew in the list.</source>
            <translation>请在列表中选中要续借的图书。</translation>
        </message>
        <message>
            <source>renewal</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Renewed “{title}”: now due {due}.</source>
            <translation>《{title}》已续借，应还日期 {due}。</translation>
        </message>
        <message>
            <source>Renewed {barcode} “{title}”</source>
            <translation>续借 {barcode}《{title}》</translation>
        </message>
        <message>
            <source>Hold a book</source>
            <translation>预约图书</translation>
        </message>
        <message>
            <source>Barcode of any copy of the book, or its ISBN from the reader's slip (the first copy back is kept for the reader):</source>
            <translation>该书任一册的条码，或读者预约单上的 ISBN（最先归还的一册将为读者保留）：</translation>
        </message>
        <message>
            <source>Hold placed: number {n} in the queue.</source>
            <translation>预约成功：排第 {n} 位。</translation>
        </message>
        <message>
            <source>Scan the new card (leave empty for the next number):</source>
            <translation>扫新读者证（留空则自动编号）：</translation>
        </message>
        <message>
            <source>Reader card {card} is ready.</source>
            <translation>读者证 {card} 已办好。</translation>
        </message>
    </context>
    <context>
        <name>LibraryFinesModel</name>
        <message>
            <source>Returned</source>
            <translation>还书日期</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Card holder</source>
            <translation>持证人</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>罚款</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Receipt or reason</source>
            <translation>收据号或原因</translation>
        </message>
    </context>
    <context>
        <name>LibraryFinesTab</name>
        <message>
            <source>Which fines</source>
            <translation>显示哪些罚款</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>未缴</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已缴</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>已免除</translation>
        </message>
        <message>
            <source>All fines</source>
            <translation>全部罚款</translation>
        </message>
        <message>
            <source>Fines totals</source>
            <translation>罚款合计</translation>
        </message>
        <message>
            <source>Fines ledger</source>
            <translation>罚款台账</translation>
        </message>
        <message>
            <source>Record paid…</source>
            <translation>登记已缴…</translation>
        </message>
        <message>
            <source>Record the chosen fines paid</source>
            <translation>登记所选罚款已缴纳</translation>
        </message>
        <message>
            <source>Waive…</source>
            <translation>免除…</translation>
        </message>
        <message>
            <source>Waive the chosen fine</source>
            <translation>免除所选罚款</translation>
        </message>
        <message>
            <source>Undo the record…</source>
            <translation>撤销记录…</translation>
        </message>
        <message>
            <source>Undo a payment or waiver</source>
            <translation>撤销缴纳或免除记录</translation>
        </message>
        <message>
            <source>Print the ledger</source>
            <translation>打印台账</translation>
        </message>
        <message>
            <source>Print the fines ledger</source>
            <translation>打印罚款台账</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Choose outstanding fines in the list first.</source>
            <translation>请先在列表中选择未缴的罚款。</translation>
        </message>
        <message>
            <source>Choose the fines of one reader card.</source>
            <translation>请只选择同一读者证的罚款。</translation>
        </message>
        <message>
            <source>Only an administrator waives a fine or undoes a fine's record.</source>
            <translation>只有管理员可以免除罚款或撤销罚款记录。</translation>
        </message>
        <message>
            <source>Choose one outstanding fine first.</source>
            <translation>请先选择一笔未缴的罚款。</translation>
        </message>
        <message>
            <source>Choose one paid or waived fine first.</source>
            <translation>请先选择一笔已缴或已免除的罚款。</translation>
        </message>
        <message>
            <source>Outstanding {o_n} ({o}) · paid {p_n} ({p}) · waived {w_n} ({w}) · all {a_n} ({a})</source>
            <translation>未缴 {o_n} 笔（{o}）· 已缴 {p_n} 笔（{p}）· 已免除 {w_n} 笔（{w}）· 合计 {a_n} 笔（{a}）</translation>
        </message>
        <message>
            <source>(the newest {n} shown; print or export for all)</source>
            <translation>（显示最近 {n} 笔；打印或导出可得全部）</translation>
        </message>
        <message>
            <source>No fine yet.</source>
            <translation>还没有罚款。</translation>
        </message>
        <message>
            <source>Take {amount} in cash from {name} for {n} fines?</source>
            <translation>向{name}收取现金 {amount}（{n} 笔罚款）？</translation>
        </message>
        <message>
            <source>Fines paid</source>
            <translation>缴纳罚款</translation>
        </message>
        <message>
            <source>Fines of {amount} paid: receipt {receipt}.</source>
            <translation>已缴罚款 {amount}，收据号 {receipt}。</translation>
        </message>
        <message>
            <source>Waive the fine</source>
            <translation>免除罚款</translation>
        </message>
        <message>
            <source>Why is the fine of {amount} on {barcode} waived?</source>
            <translation>为什么免除 {barcode} 的罚款 {amount}？</translation>
        </message>
        <message>
            <source>Undo the record</source>
            <translation>撤销记录</translation>
        </message>
        <message>
            <source>Why is it undone?</source>
            <translation>为什么撤销？</translation>
        </message>
    </context>
    <context>
        <name>LibraryHoldsModel</name>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>In queue</source>
            <translation>排队位次</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>预约日期</translation>
        </message>
        <message>
            <source>Ready to collect</source>
            <translation>已到待取</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>any copy</source>
            <translation>任意一册</translation>
        </message>
    </context>
    <context>
        <name>LibraryHoldsTab</name>
        <message>
            <source>Find a hold</source>
            <translation>查找预约</translation>
        </message>
        <message>
            <source>Title, barcode or reader's name</source>
            <translation>书名、条码或读者姓名</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Cancel the hold…</source>
            <translation>取消预约…</translation>
        </message>
        <message>
            <source>Cancel the hold</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>Choose the hold in the list first.</source>
            <translation>请先在列表中选中预约。</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>LibraryLoansModel</name>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Borrowed by</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>已续借</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{n} days overdue</source>
            <translation>逾期 {n} 天</translation>
        </message>
        <message>
            <source>District library</source>
            <translation>区图书馆</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>待发送区馆</translation>
        </message>
        <message>
            <source>due date set by the district library (the desk had given {day})</source>
            <translation>还书日期按区图书馆的（本处原定 {day}）</translation>
        </message>
    </context>
    <context>
        <name>LibraryOverdueModel</name>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>书名</translation>
        </message>
        <message>
            <source>Borrowed by</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Card holder</source>
            <translation>持证人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>已催还</translation>
        </message>
    </context>
    <context>
        <name>LibraryOverdueTab</name>
        <message>
            <source>Overdue books</source>
            <translation>逾期图书</translation>
        </message>
        <message>
            <source>Print reminder slips</source>
            <translation>打印催还单</translation>
        </message>
        <message>
            <source>Reminder slips</source>
            <translation>催还单</translation>
        </message>
        <message>
            <source>For the chosen lines, or all when none is chosen</source>
            <translation>打印选中的行；未选中则全部打印</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>{n} books overdue.</source>
            <translation>共 {n} 本图书逾期。</translation>
        </message>
        <message>
            <source>No book is overdue.</source>
            <translation>没有逾期图书。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Book room</source>
            <translation>城市书房</translation>
        </message>
        <message>
            <source>Lend and return</source>
            <translation>借还</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>书目</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Fines</source>
            <translation>罚款</translation>
        </message>
        <message>
            <source>District library</source>
            <translation>通借通还</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>LibraryProfile</name>
        <message>
            <source>City book room</source>
            <translation>城市书房</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Borrows on</source>
            <translation>借书证</translation>
        </message>
        <message>
            <source>{name}'s card</source>
            <translation>{name}的读者证</translation>
        </message>
        <message>
            <source>“{title}” ({who}), due {due}{late}</source>
            <translation>《{title}》（{who}），应还 {due}{late}</translation>
        </message>
        <message>
            <source>, {n} days overdue</source>
            <translation>，逾期 {n} 天</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Books out</source>
            <translation>在借图书</translation>
        </message>
        <message>
            <source>“{title}”: number {n} in the queue</source>
            <translation>《{title}》：排第 {n} 位</translation>
        </message>
        <message>
            <source>“{title}”: ready to collect</source>
            <translation>《{title}》：已到，可取书</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Books borrowed in all</source>
            <translation>累计借书</translation>
        </message>
    </context>
    <context>
        <name>LibrarySettingsTab</name>
        <message>
            <source>Loan period (days)</source>
            <translation>借期（天）</translation>
        </message>
        <message>
            <source>Books per reader card</source>
            <translation>每证可借册数</translation>
        </message>
        <message>
            <source>Renewals per loan</source>
            <translation>可续借次数</translation>
        </message>
        <message>
            <source>No more loans while a book on the card is overdue</source>
            <translation>读者证上有逾期图书时停止外借</translation>
        </message>
        <message>
            <source>Refuse readers with overdue books</source>
            <translation>逾期停借</translation>
        </message>
        <message>
            <source>Charge fines for late books</source>
            <translation>收取逾期罚款</translation>
        </message>
        <message>
            <source>Fines</source>
            <translation>罚款</translation>
        </message>
        <message>
            <source>Fine per day (yuan)</source>
            <translation>每天罚款（元）</translation>
        </message>
        <message>
            <source>Own card from age</source>
            <translation>自己办证年龄</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>保存借阅规则</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Fine per day</source>
            <translation>每天罚款</translation>
        </message>
        <message>
            <source>Children borrow on a guardian's card until age</source>
            <translation>未满此年龄用监护人的证借书</translation>
        </message>
        <message>
            <source>Your role may not change the lending rules.</source>
            <translation>您的角色不能修改借阅规则。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>LinkSettingsBox</name>
        <message>
            <source>District library link (SIP2)</source>
            <translation>区图书馆对接（SIP2）</translation>
        </message>
        <message>
            <source>Send district transactions to the library</source>
            <translation>区馆图书业务发送到区图书馆</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Institution id</source>
            <translation>机构代码</translation>
        </message>
        <message>
            <source>Sign-in user</source>
            <translation>登录用户</translation>
        </message>
        <message>
            <source>Sign-in password</source>
            <translation>登录密码</translation>
        </message>
        <message>
            <source>Location code</source>
            <translation>馆点代码</translation>
        </message>
        <message>
            <source>Wait for an answer (seconds)</source>
            <translation>等待应答（秒）</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>文字编码</translation>
        </message>
        <message>
            <source>Save link</source>
            <translation>保存对接设置</translation>
        </message>
        <message>
            <source>Save the district library link</source>
            <translation>保存区图书馆对接设置</translation>
        </message>
        <message>
            <source>Wait (seconds)</source>
            <translation>等待（秒）</translation>
        </message>
        <message>
            <source>(stored; type to change)</source>
            <translation>（已保存）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>Time</source>
            <translation>办理时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>业务</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>图书条码</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>发送次数</translation>
        </message>
        <message>
            <source>Library's answer</source>
            <translation>区馆答复</translation>
        </message>
    </context>
    <context>
        <name>SipPending</name>
        <message>
            <source>Loan</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待补发</translation>
        </message>
        <message>
            <source>Being sent</source>
            <translation>正在发送</translation>
        </message>
        <message>
            <source>Done by the library</source>
            <translation>区馆已办理</translation>
        </message>
        <message>
            <source>Refused: to resolve</source>
            <translation>被拒绝，待处理</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>The library says: {text}</source>
            <translation>区馆提示：{text}</translation>
        </message>
        <message>
            <source>Resolved: {note}</source>
            <translation>处理结果：{note}</translation>
        </message>
        <message>
            <source>Done, due {due}</source>
            <translation>已办理，应还 {due}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已办理</translation>
        </message>
    </context>
    <context>
        <name>SipPendingPanel</name>
        <message>
            <source>Send now</source>
            <translation>立即补发</translation>
        </message>
        <message>
            <source>Send the kept transactions to the district library now</source>
            <translation>立即把暂存业务发送到区图书馆</translation>
        </message>
        <message>
            <source>Resolved…</source>
            <translation>标记已处理…</translation>
        </message>
        <message>
            <source>Mark the refused transaction resolved</source>
            <translation>把被拒绝的业务标记为已处理</translation>
        </message>
        <message>
            <source>Show done</source>
            <translation>显示已完成</translation>
        </message>
        <message>
            <source>Show the transactions already done</source>
            <translation>显示已完成的业务</translation>
        </message>
        <message>
            <source>District transactions kept to send</source>
            <translation>暂存待补发的区馆业务</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Only the book room's staff see the district transactions.</source>
            <translation>只有书房工作人员可以查看区馆业务。</translation>
        </message>
        <message>
            <source>Waiting: {pending} · Being sent: {sending} · Refused, to resolve: {refused}</source>
            <translation>等待补发：{pending} · 正在发送：{sending} · 被拒绝待处理：{refused}</translation>
        </message>
        <message>
            <source>Last problem ({at}): {problem}</source>
            <translation>最近一次问题（{at}）：{problem}</translation>
        </message>
        <message>
            <source>Last send: {message}</source>
            <translation>最近一次补发：{message}</translation>
        </message>
        <message>
            <source>Refused district transaction</source>
            <translation>被区馆拒绝的业务</translation>
        </message>
        <message>
            <source>How was it resolved (for example: the reader brought the copy back, the library was told)?</source>
            <translation>是怎样处理的？（例如：读者已还书、已告知区馆）</translation>
        </message>
    </context>
</TS>
