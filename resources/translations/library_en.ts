<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DistrictLibrary</name>
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
