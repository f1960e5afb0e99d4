<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Community</name>
        <message>
            <source>Bldg {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unit {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>room {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{building} {unit} {room}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building head</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit head</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This resident is not registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is archived: an archived resident cannot be linked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not registered as a party member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody registered lives at {address}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the council a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a role on the council.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date the role starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The start of a role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This council does not exist (or is archived).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of a role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This role has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A role cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a household, a unit or a building.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} already looks after this place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visit cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the kind of visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what the visit found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what need was found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the visit is voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This visit is already voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the meeting a subject.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting cannot be recorded before it is held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what each follow-up task is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This task is already done.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunityReport</name>
        <message>
            <source>Visits (走访) by kind and result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council meetings (议事) and follow-up tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks open at month end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buildings and visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Households visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs turned into requests</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
