<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DueTab</name>
        <message>
            <source>Due within days</source>
            <translation>Due within days</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>How many are due</source>
            <translation>How many are due</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Export call list…</source>
            <translation>Export call list…</translation>
        </message>
        <message>
            <source>Export the list as a spreadsheet</source>
            <translation>Export the list as a spreadsheet</translation>
        </message>
        <message>
            <source>An .xlsx file with names and phones; the export is recorded.</source>
            <translation>An .xlsx file with names and phones; the export is recorded.</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>Due and overdue</translation>
        </message>
        <message>
            <source>Due within</source>
            <translation>Due within</translation>
        </message>
        <message>
            <source>{n} due, {m} overdue</source>
            <translation>{n} due, {m} overdue</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>A systolic pressure is between {low} and {high} mmHg.</source>
            <extracomment>field -&gt; (low, high) in the stored unit (see the module docstring for units and sources). The plausible difference between systolic and diastolic pressure in mmHg (see the module docstring).</extracomment>
            <translation>A systolic pressure is between {low} and {high} mmHg.</translation>
        </message>
        <message>
            <source>A diastolic pressure is between {low} and {high} mmHg.</source>
            <translation>A diastolic pressure is between {low} and {high} mmHg.</translation>
        </message>
        <message>
            <source>A pulse is between {low} and {high} beats per minute.</source>
            <translation>A pulse is between {low} and {high} beats per minute.</translation>
        </message>
        <message>
            <source>A blood glucose reading is between {low} and {high} mmol/L.</source>
            <translation>A blood glucose reading is between {low} and {high} mmol/L.</translation>
        </message>
        <message>
            <source>A weight is between {low} and {high} kg.</source>
            <translation>A weight is between {low} and {high} kg.</translation>
        </message>
        <message>
            <source>A blood pressure needs both the systolic and the diastolic value.</source>
            <translation>A blood pressure needs both the systolic and the diastolic value.</translation>
        </message>
        <message>
            <source>The diastolic pressure must be lower than the systolic.</source>
            <translation>The diastolic pressure must be lower than the systolic.</translation>
        </message>
        <message>
            <source>{systolic}/{diastolic} mmHg is not a plausible blood pressure: the systolic is {low}–{high} mmHg above the diastolic. Check both values.</source>
            <translation>{systolic}/{diastolic} mmHg is not a plausible blood pressure: the systolic is {low}–{high} mmHg above the diastolic. Check both values.</translation>
        </message>
        <message>
            <source>Say when the glucose was measured (fasting, after a meal…).</source>
            <translation>Say when the glucose was measured (fasting, after a meal…).</translation>
        </message>
        <message>
            <source>Enter at least one reading.</source>
            <translation>Enter at least one reading.</translation>
        </message>
        <message>
            <source>fasting</source>
            <translation>fasting</translation>
        </message>
        <message>
            <source>2 h after a meal</source>
            <translation>2 h after a meal</translation>
        </message>
        <message>
            <source>random</source>
            <translation>random</translation>
        </message>
        <message>
            <source>This resident is not registered.</source>
            <translation>This resident is not registered.</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>Due and overdue</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>What is due</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
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
            <source>Condition / team</source>
            <translation>Condition / team</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <source>Overdue {n} d</source>
            <translation>Overdue {n} d</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Family-doctor renewal</source>
            <translation>Family-doctor renewal</translation>
        </message>
        <message>
            <source>written form</source>
            <extracomment>A family-doctor signing runs for a year unless the team says otherwise (国家卫健委《关于规范家庭医生签约服务管理的 指导意见》, 2016: 签约周期原则上为一年).</extracomment>
            <translation>written form</translation>
        </message>
        <message>
            <source>verbal, witnessed</source>
            <translation>verbal, witnessed</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>at the center</source>
            <translation>at the center</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>home visit</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>by phone</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>moved away</source>
            <translation>moved away</translation>
        </message>
        <message>
            <source>other reason</source>
            <translation>other reason</translation>
        </message>
        <message>
            <source>{n} failed, last {day}: {why}</source>
            <translation>{n} failed, last {day}: {why}</translation>
        </message>
        <message>
            <source>Hypertension</source>
            <extracomment>Chronic conditions the 国家基本公共卫生服务 follows up, with their ICD-10 codes and a usual interval in months (hypertension and type 2 diabetes: at least four follow-ups a year, 国家基本公共卫生服务规范 第三版). The center may record any other code and name.</extracomment>
            <translation>Hypertension</translation>
        </message>
        <message>
            <source>Type 2 diabetes</source>
            <translation>Type 2 diabetes</translation>
        </message>
        <message>
            <source>Coronary heart disease</source>
            <translation>Coronary heart disease</translation>
        </message>
        <message>
            <source>Stroke (after-care)</source>
            <translation>Stroke (after-care)</translation>
        </message>
        <message>
            <source>COPD</source>
            <translation>COPD</translation>
        </message>
        <message>
            <source>Hyperlipidaemia</source>
            <translation>Hyperlipidaemia</translation>
        </message>
        <message>
            <source>Osteoporosis</source>
            <translation>Osteoporosis</translation>
        </message>
        <message>
            <source>This resident's record is archived.</source>
            <translation>This resident's record is archived.</translation>
        </message>
        <message>
            <source>Record the resident's consent first: no health data is kept without it.</source>
            <translation>Record the resident's consent first: no health data is kept without it.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>Who gave the consent?</source>
            <translation>Who gave the consent?</translation>
        </message>
        <message>
            <source>Choose how the consent was given.</source>
            <translation>Choose how the consent was given.</translation>
        </message>
        <message>
            <source>A consent is already recorded for this resident.</source>
            <translation>A consent is already recorded for this resident.</translation>
        </message>
        <message>
            <source>Say how the resident withdrew the consent.</source>
            <translation>Say how the resident withdrew the consent.</translation>
        </message>
        <message>
            <source>No consent is in force for this resident.</source>
            <translation>No consent is in force for this resident.</translation>
        </message>
        <message>
            <source>Enter the family-doctor team.</source>
            <translation>Enter the family-doctor team.</translation>
        </message>
        <message>
            <source>Enter the family doctor.</source>
            <translation>Enter the family doctor.</translation>
        </message>
        <message>
            <source>The renewal is due after the signing day.</source>
            <translation>The renewal is due after the signing day.</translation>
        </message>
        <message>
            <source>A renewal is signed on or after the current signing.</source>
            <translation>A renewal is signed on or after the current signing.</translation>
        </message>
        <message>
            <source>Say why the signing ends.</source>
            <translation>Say why the signing ends.</translation>
        </message>
        <message>
            <source>This resident has no family-doctor signing in force.</source>
            <translation>This resident has no family-doctor signing in force.</translation>
        </message>
        <message>
            <source>Enter the condition's code (e.g. I10).</source>
            <translation>Enter the condition's code (e.g. I10).</translation>
        </message>
        <message>
            <source>Enter the condition's name.</source>
            <translation>Enter the condition's name.</translation>
        </message>
        <message>
            <source>This condition is recorded already.</source>
            <translation>This condition is recorded already.</translation>
        </message>
        <message>
            <source>Say why the condition is removed.</source>
            <translation>Say why the condition is removed.</translation>
        </message>
        <message>
            <source>No such condition.</source>
            <translation>No such condition.</translation>
        </message>
        <message>
            <source>This condition was removed already.</source>
            <translation>This condition was removed already.</translation>
        </message>
        <message>
            <source>Follow up every 1 to {n} months.</source>
            <translation>Follow up every 1 to {n} months.</translation>
        </message>
        <message>
            <source>The first follow-up cannot be due before the start.</source>
            <translation>The first follow-up cannot be due before the start.</translation>
        </message>
        <message>
            <source>Choose one of the resident's conditions.</source>
            <translation>Choose one of the resident's conditions.</translation>
        </message>
        <message>
            <source>Say why the plan ends.</source>
            <translation>Say why the plan ends.</translation>
        </message>
        <message>
            <source>No such follow-up plan.</source>
            <translation>No such follow-up plan.</translation>
        </message>
        <message>
            <source>This follow-up plan has ended.</source>
            <translation>This follow-up plan has ended.</translation>
        </message>
        <message>
            <source>Choose how the follow-up was done.</source>
            <translation>Choose how the follow-up was done.</translation>
        </message>
        <message>
            <source>The follow-up cannot be before the plan started.</source>
            <translation>The follow-up cannot be before the plan started.</translation>
        </message>
        <message>
            <source>Choose how the follow-up was tried.</source>
            <translation>Choose how the follow-up was tried.</translation>
        </message>
        <message>
            <source>Choose why the follow-up did not happen.</source>
            <translation>Choose why the follow-up did not happen.</translation>
        </message>
        <message>
            <source>Say in the note why the follow-up did not happen.</source>
            <translation>Say in the note why the follow-up did not happen.</translation>
        </message>
        <message>
            <source>The attempt cannot be before the plan started.</source>
            <translation>The attempt cannot be before the plan started.</translation>
        </message>
        <message>
            <source>Say why the resident is lost to follow-up.</source>
            <translation>Say why the resident is lost to follow-up.</translation>
        </message>
        <message>
            <source>A reading cannot be taken in the future.</source>
            <translation>A reading cannot be taken in the future.</translation>
        </message>
        <message>
            <source>Say why the reading is voided.</source>
            <translation>Say why the reading is voided.</translation>
        </message>
        <message>
            <source>No such reading.</source>
            <translation>No such reading.</translation>
        </message>
        <message>
            <source>This reading was voided already.</source>
            <translation>This reading was voided already.</translation>
        </message>
        <message>
            <source>Say why the resident is referred.</source>
            <translation>Say why the resident is referred.</translation>
        </message>
        <message>
            <source>Choose the partner clinic.</source>
            <translation>Choose the partner clinic.</translation>
        </message>
        <message>
            <source>No request category goes to this partner: choose a category.</source>
            <translation>No request category goes to this partner: choose a category.</translation>
        </message>
        <message>
            <source>Health referral to {partner} (the reason is on the health record).</source>
            <translation>Health referral to {partner} (the reason is on the health record).</translation>
        </message>
    </context>
    <context>
        <name>HealthCareModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Follow up every</source>
            <translation>Follow up every</translation>
        </message>
        <message>
            <source>Last follow-up</source>
            <translation>Last follow-up</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>no plan</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} months</translation>
        </message>
        <message>
            <source>{day} {how}: {why}{note} ({who}, {at})</source>
            <translation>{day} {how}: {why}{note} ({who}, {at})</translation>
        </message>
    </context>
    <context>
        <name>HealthDueModel</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>What is due</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
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
            <source>Condition / team</source>
            <translation>Condition / team</translation>
        </message>
        <message>
            <source>Failed attempts</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <source>Overdue {n} d</source>
            <translation>Overdue {n} d</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Family-doctor renewal</source>
            <translation>Family-doctor renewal</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Health records</source>
            <translation>Health records</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>Due and overdue</translation>
        </message>
    </context>
    <context>
        <name>HealthProfile</name>
        <message>
            <source>Health (医养)</source>
            <translation>Health (医养)</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Given on {day}</source>
            <translation>Given on {day}</translation>
        </message>
        <message>
            <source>Family doctor</source>
            <translation>Family doctor</translation>
        </message>
        <message>
            <source>{team}, Dr {doctor}, renewal due {due}</source>
            <translation>{team}, Dr {doctor}, renewal due {due}</translation>
        </message>
        <message>
            <source>Chronic conditions</source>
            <translation>Chronic conditions</translation>
        </message>
        <message>
            <source>{day} ({what})</source>
            <translation>{day} ({what})</translation>
        </message>
        <message>
            <source>general</source>
            <translation>general</translation>
        </message>
        <message>
            <source>, overdue</source>
            <translation>, overdue</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <source>pulse {n}</source>
            <translation>pulse {n}</translation>
        </message>
        <message>
            <source>Latest reading</source>
            <translation>Latest reading</translation>
        </message>
    </context>
    <context>
        <name>HealthReadingsModel</name>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Pulse</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Blood pressure</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>Glucose</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>Taken by</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
    </context>
    <context>
        <name>HealthReferralsModel</name>
        <message>
            <source>Referred</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>HealthReport</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Follow-ups by condition</source>
            <translation>Follow-ups by condition</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <translation>Follow-ups done</translation>
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
            <source>Readings at the health corner</source>
            <translation>Readings at the health corner</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Blood pressure</translation>
        </message>
        <message>
            <source>Blood glucose</source>
            <translation>Blood glucose</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Pulse</translation>
        </message>
        <message>
            <source>Family doctors and referrals</source>
            <translation>Family doctors and referrals</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>New family-doctor signings</source>
            <translation>New family-doctor signings</translation>
        </message>
        <message>
            <source>Signings renewed</source>
            <translation>Signings renewed</translation>
        </message>
        <message>
            <source>Referrals to the partner clinic</source>
            <translation>Referrals to the partner clinic</translation>
        </message>
        <message>
            <source>Health services (医养)</source>
            <translation>Health services (医养)</translation>
        </message>
        <message>
            <source>Visits to the health corner</source>
            <translation>Visits to the health corner</translation>
        </message>
        <message>
            <source>Residents measured</source>
            <translation>Residents measured</translation>
        </message>
        <message>
            <source>Residents referred</source>
            <translation>Residents referred</translation>
        </message>
        <message>
            <source>Follow-up attempts that failed</source>
            <translation>Follow-up attempts that failed</translation>
        </message>
        <message>
            <source>Plans closed as lost to follow-up</source>
            <translation>Plans closed as lost to follow-up</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>Find a resident on the left.</source>
            <translation>Find a resident on the left.</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Resident details</source>
            <translation>Resident details</translation>
        </message>
        <message>
            <source>Consent to keep health data</source>
            <translation>Consent to keep health data</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Consent given by</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>How the consent was given</source>
            <translation>How the consent was given</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Consent given on</translation>
        </message>
        <message>
            <source>Record consent</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Family doctor (家庭医生签约)</source>
            <translation>Family doctor (家庭医生签约)</translation>
        </message>
        <message>
            <source>Family-doctor signing</source>
            <translation>Family-doctor signing</translation>
        </message>
        <message>
            <source>Family-doctor team</source>
            <translation>Family-doctor team</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Family doctor</source>
            <translation>Family doctor</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation>Doctor</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Sign / renew</source>
            <translation>Sign / renew</translation>
        </message>
        <message>
            <source>Sign or renew</source>
            <translation>Sign or renew</translation>
        </message>
        <message>
            <source>End…</source>
            <translation>End…</translation>
        </message>
        <message>
            <source>End the signing</source>
            <translation>End the signing</translation>
        </message>
        <message>
            <source>Chronic conditions and follow-ups</source>
            <translation>Chronic conditions and follow-ups</translation>
        </message>
        <message>
            <source>Condition to add</source>
            <translation>Condition to add</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Add condition</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>Remove the selected condition</translation>
        </message>
        <message>
            <source>Follow up every … months</source>
            <translation>Follow up every … months</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Who consented</source>
            <translation>Who consented</translation>
        </message>
        <message>
            <source>Chronic conditions and follow-up plans</source>
            <translation>Chronic conditions and follow-up plans</translation>
        </message>
        <message>
            <source>Start a follow-up plan</source>
            <translation>Start a follow-up plan</translation>
        </message>
        <message>
            <source>Start plan</source>
            <translation>Start plan</translation>
        </message>
        <message>
            <source>End plan…</source>
            <translation>End plan…</translation>
        </message>
        <message>
            <source>End the selected plan</source>
            <translation>End the selected plan</translation>
        </message>
        <message>
            <source>Follow-up done on</source>
            <translation>Follow-up done on</translation>
        </message>
        <message>
            <source>How the follow-up was done</source>
            <translation>How the follow-up was done</translation>
        </message>
        <message>
            <source>Follow-up note</source>
            <translation>Follow-up note</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Record follow-up</source>
            <translation>Record follow-up</translation>
        </message>
        <message>
            <source>Readings at the health corner</source>
            <translation>Readings at the health corner</translation>
        </message>
        <message>
            <source>Systolic pressure, mmHg</source>
            <translation>Systolic pressure, mmHg</translation>
        </message>
        <message>
            <source>Diastolic pressure, mmHg</source>
            <translation>Diastolic pressure, mmHg</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>Pulse per minute</translation>
        </message>
        <message>
            <source>Blood glucose, mmol/L</source>
            <translation>Blood glucose, mmol/L</translation>
        </message>
        <message>
            <source>When the glucose was measured</source>
            <translation>When the glucose was measured</translation>
        </message>
        <message>
            <source>Weight, kg</source>
            <translation>Weight, kg</translation>
        </message>
        <message>
            <source>Systolic</source>
            <translation>Systolic</translation>
        </message>
        <message>
            <source>Diastolic</source>
            <translation>Diastolic</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Pulse</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>Glucose</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Save readings</source>
            <translation>Save readings</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>Void the selected reading</source>
            <translation>Void the selected reading</translation>
        </message>
        <message>
            <source>Problem with the readings</source>
            <translation>Problem with the readings</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>BP mmHg</source>
            <translation>BP mmHg</translation>
        </message>
        <message>
            <source>Glucose mmol/L</source>
            <translation>Glucose mmol/L</translation>
        </message>
        <message>
            <source>Weight kg</source>
            <translation>Weight kg</translation>
        </message>
        <message>
            <source>Referrals to the partner clinic</source>
            <translation>Referrals to the partner clinic</translation>
        </message>
        <message>
            <source>Partner clinic</source>
            <translation>Partner clinic</translation>
        </message>
        <message>
            <source>Reason for the referral</source>
            <translation>Reason for the referral</translation>
        </message>
        <message>
            <source>Reason (stays on the health record)</source>
            <translation>Reason (stays on the health record)</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>Refer</translation>
        </message>
        <message>
            <source>Refer to the partner clinic</source>
            <translation>Refer to the partner clinic</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Health record sections</source>
            <translation>Health record sections</translation>
        </message>
        <message>
            <source>Conditions and follow-ups</source>
            <translation>Conditions and follow-ups</translation>
        </message>
        <message>
            <source>Family doctor and referrals</source>
            <translation>Family doctor and referrals</translation>
        </message>
        <message>
            <source>Lost to follow-up…</source>
            <translation>Lost to follow-up…</translation>
        </message>
        <message>
            <source>Close the selected plan as lost to follow-up</source>
            <translation>Close the selected plan as lost to follow-up</translation>
        </message>
        <message>
            <source>失访: the resident cannot be followed up; the plan ends, counted as lost.</source>
            <translation>失访: the resident cannot be followed up; the plan ends, counted as lost.</translation>
        </message>
        <message>
            <source>Outcome of the follow-up</source>
            <translation>Outcome of the follow-up</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Not done: {why}</source>
            <translation>Not done: {why}</translation>
        </message>
        <message>
            <source>Record failed attempt</source>
            <translation>Record failed attempt</translation>
        </message>
        <message>
            <source>Follow-up tried on</source>
            <translation>Follow-up tried on</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>Consent given by {who} on {day} ({how}); recorded by {staff}.</source>
            <translation>Consent given by {who} on {day} ({how}); recorded by {staff}.</translation>
        </message>
        <message>
            <source>No consent on file: record it before anything else.</source>
            <translation>No consent on file: record it before anything else.</translation>
        </message>
        <message>
            <source>Consent withdrawn on {day}: {why}</source>
            <translation>Consent withdrawn on {day}: {why}</translation>
        </message>
        <message>
            <source>{team}, Dr {doctor}; signed {signed}, renewal due {due}</source>
            <translation>{team}, Dr {doctor}; signed {signed}, renewal due {due}</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <source>Not signed with a family doctor.</source>
            <translation>Not signed with a family doctor.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>How did the resident withdraw consent?</source>
            <translation>How did the resident withdraw consent?</translation>
        </message>
        <message>
            <source>Why does the signing end?</source>
            <translation>Why does the signing end?</translation>
        </message>
        <message>
            <source>Select a condition first.</source>
            <translation>Select a condition first.</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translation>Remove condition</translation>
        </message>
        <message>
            <source>Why is {name} removed?</source>
            <translation>Why is {name} removed?</translation>
        </message>
        <message>
            <source>Select a follow-up plan first.</source>
            <translation>Select a follow-up plan first.</translation>
        </message>
        <message>
            <source>End plan</source>
            <translation>End plan</translation>
        </message>
        <message>
            <source>Why does this follow-up plan end?</source>
            <translation>Why does this follow-up plan end?</translation>
        </message>
        <message>
            <source>Lost to follow-up</source>
            <translation>Lost to follow-up</translation>
        </message>
        <message>
            <source>Why can the resident not be followed up (失访)? The plan ends and counts as lost.</source>
            <translation>Why can the resident not be followed up (失访)? The plan ends and counts as lost.</translation>
        </message>
        <message>
            <source>Select the follow-up plan first.</source>
            <translation>Select the follow-up plan first.</translation>
        </message>
        <message>
            <source>Type the readings as numbers (glucose and weight with one decimal).</source>
            <translation>Type the readings as numbers (glucose and weight with one decimal).</translation>
        </message>
        <message>
            <source>Select a reading first.</source>
            <translation>Select a reading first.</translation>
        </message>
        <message>
            <source>Void reading</source>
            <translation>Void reading</translation>
        </message>
        <message>
            <source>Why is this reading voided?</source>
            <translation>Why is this reading voided?</translation>
        </message>
        <message>
            <source>No partner clinic is set up (requests › departments and partners).</source>
            <translation>No partner clinic is set up (requests › departments and partners).</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Find a resident</source>
            <translation>Find a resident</translation>
        </message>
        <message>
            <source>Name, initials, phone or ID digits</source>
            <translation>Name, initials, phone or ID digits</translation>
        </message>
        <message>
            <source>Name, initials, phone or ID digits, then Enter</source>
            <translation>Name, initials, phone or ID digits, then Enter</translation>
        </message>
        <message>
            <source>Matching residents</source>
            <translation>Matching residents</translation>
        </message>
        <message>
            <source>{n} y</source>
            <translation>{n} y</translation>
        </message>
    </context>
</TS>
