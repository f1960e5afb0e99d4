<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>DistrictLibrary</name>
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
            <translation>（已保存；如需更改请重新输入）</translation>
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
