<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Community</name>
        <message>
            <source>Bldg {b}</source>
            <translation>Bldg {b}</translation>
        </message>
        <message>
            <source>unit {u}</source>
            <translation>unit {u}</translation>
        </message>
        <message>
            <source>room {r}</source>
            <translation>room {r}</translation>
        </message>
        <message>
            <source>{building} {unit} {room}</source>
            <translation>{building} {unit} {room}</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Council chair</source>
            <translation>Council chair</translation>
        </message>
        <message>
            <source>Building head</source>
            <translation>Building head</translation>
        </message>
        <message>
            <source>Unit head</source>
            <translation>Unit head</translation>
        </message>
        <message>
            <source>Council member</source>
            <translation>Council member</translation>
        </message>
        <message>
            <source>Routine visit</source>
            <translation>Routine visit</translation>
        </message>
        <message>
            <source>Care visit</source>
            <translation>Care visit</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>Follow-up visit</translation>
        </message>
        <message>
            <source>Council visit</source>
            <translation>Council visit</translation>
        </message>
        <message>
            <source>All well</source>
            <translation>All well</translation>
        </message>
        <message>
            <source>Need found</source>
            <translation>Need found</translation>
        </message>
        <message>
            <source>Nobody home</source>
            <translation>Nobody home</translation>
        </message>
        <message>
            <source>This resident is not registered.</source>
            <translation>This resident is not registered.</translation>
        </message>
        <message>
            <source>{name} is archived: an archived resident cannot be linked.</source>
            <translation>{name} is archived: an archived resident cannot be linked.</translation>
        </message>
        <message>
            <source>{name} is not registered as a party member.</source>
            <translation>{name} is not registered as a party member.</translation>
        </message>
        <message>
            <source>Nobody registered lives at {address}.</source>
            <translation>Nobody registered lives at {address}.</translation>
        </message>
        <message>
            <source>{what} cannot be in the future.</source>
            <translation>{what} cannot be in the future.</translation>
        </message>
        <message>
            <source>Give the council a name.</source>
            <translation>Give the council a name.</translation>
        </message>
        <message>
            <source>Choose a role on the council.</source>
            <translation>Choose a role on the council.</translation>
        </message>
        <message>
            <source>Give the date the role starts.</source>
            <translation>Give the date the role starts.</translation>
        </message>
        <message>
            <source>The start of a role</source>
            <translation>The start of a role</translation>
        </message>
        <message>
            <source>This council does not exist (or is archived).</source>
            <translation>This council does not exist (or is archived).</translation>
        </message>
        <message>
            <source>The end of a role</source>
            <translation>The end of a role</translation>
        </message>
        <message>
            <source>This role has already ended.</source>
            <translation>This role has already ended.</translation>
        </message>
        <message>
            <source>A role cannot end before it starts.</source>
            <translation>A role cannot end before it starts.</translation>
        </message>
        <message>
            <source>Choose a household, a unit or a building.</source>
            <translation>Choose a household, a unit or a building.</translation>
        </message>
        <message>
            <source>{name} already looks after this place.</source>
            <translation>{name} already looks after this place.</translation>
        </message>
        <message>
            <source>This link has already ended.</source>
            <translation>This link has already ended.</translation>
        </message>
        <message>
            <source>A visit cannot be dated in the future.</source>
            <translation>A visit cannot be dated in the future.</translation>
        </message>
        <message>
            <source>Choose the kind of visit.</source>
            <translation>Choose the kind of visit.</translation>
        </message>
        <message>
            <source>Choose what the visit found.</source>
            <translation>Choose what the visit found.</translation>
        </message>
        <message>
            <source>Say what need was found.</source>
            <translation>Say what need was found.</translation>
        </message>
        <message>
            <source>Say why the visit is voided.</source>
            <translation>Say why the visit is voided.</translation>
        </message>
        <message>
            <source>This visit is already voided.</source>
            <translation>This visit is already voided.</translation>
        </message>
        <message>
            <source>Give the meeting a subject.</source>
            <translation>Give the meeting a subject.</translation>
        </message>
        <message>
            <source>A meeting cannot be recorded before it is held.</source>
            <translation>A meeting cannot be recorded before it is held.</translation>
        </message>
        <message>
            <source>Say what each follow-up task is.</source>
            <translation>Say what each follow-up task is.</translation>
        </message>
        <message>
            <source>This task is already done.</source>
            <translation>This task is already done.</translation>
        </message>
    </context>
    <context>
        <name>CommunityReport</name>
        <message>
            <source>Visits (走访) by kind and result</source>
            <translation>Visits (走访) by kind and result</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Council meetings (议事) and follow-up tasks</source>
            <translation>Council meetings (议事) and follow-up tasks</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Council</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Tasks decided</source>
            <translation>Tasks decided</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>Tasks done</translation>
        </message>
        <message>
            <source>Tasks open at month end</source>
            <translation>Tasks open at month end</translation>
        </message>
        <message>
            <source>Buildings and visits</source>
            <translation>Buildings and visits</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Households visited</source>
            <translation>Households visited</translation>
        </message>
        <message>
            <source>Needs turned into requests</source>
            <translation>Needs turned into requests</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
</TS>
