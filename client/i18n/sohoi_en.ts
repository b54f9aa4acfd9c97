<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../qml/AddPersonDialog.qml" line="17"/>
        <source>Add a new person</source>
        <translation>Add a new person</translation>
    </message>
    <message>
        <location filename="../qml/AddPersonDialog.qml" line="20"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/AddPersonDialog.qml" line="21"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/AddPersonDialog.qml" line="27"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../qml/AddPersonDialog.qml" line="29"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="31"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="19"/>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="50"/>
        <source>Two edits changed the same fields from the same version. Choose the value to keep for each field; the result is saved as a new version that every device receives. Both edits stay in the history.</source>
        <translation>Two edits changed the same fields from the same version. Choose the value to keep for each field; the result is saved as a new version that every device receives. Both edits stay in the history.</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="51"/>
        <source>This record is no longer in conflict.</source>
        <translation>This record is no longer in conflict.</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="60"/>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="61"/>
        <source>Choose all left</source>
        <translation>Choose all left</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="62"/>
        <source>Other edit</source>
        <translation>Other edit</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="63"/>
        <source>Choose all right</source>
        <translation>Choose all right</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="88"/>
        <source>The same in both versions</source>
        <translation>The same in both versions</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="106"/>
        <source>Only someone who may edit this record can resolve its conflict.</source>
        <translation>Only someone who may edit this record can resolve its conflict.</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="121"/>
        <source>Save the merged version</source>
        <translation>Save the merged version</translation>
    </message>
    <message>
        <location filename="../qml/ConflictDialog.qml" line="128"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictFieldRow</name>
    <message>
        <location filename="../qml/ConflictFieldRow.qml" line="81"/>
        <source>Another value:</source>
        <translation>Another value:</translation>
    </message>
    <message>
        <location filename="../qml/ConflictFieldRow.qml" line="93"/>
        <source>Type the merged value</source>
        <translation>Type the merged value</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="25"/>
        <source>Target progress</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="49"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="57"/>
        <source>No network connection: showing the figures from %1.</source>
        <translation>No network connection: showing the figures from %1.</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="69"/>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="72"/>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="81"/>
        <source>Approved records only</source>
        <translation>Approved records only</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="125"/>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="183"/>
        <source>Units behind</source>
        <translation>Units behind</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../qml/DatePickerDialog.qml" line="21"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/DatePickerDialog.qml" line="38"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../qml/DatePickerDialog.qml" line="40"/>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <location filename="../qml/DatePickerDialog.qml" line="45"/>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../qml/DatePickerDialog.qml" line="77"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DeviceListCard</name>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="21"/>
        <source>Devices · %1</source>
        <translation>Devices · %1</translation>
    </message>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="28"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="46"/>
        <source>Person and device</source>
        <translation>Person and device</translation>
    </message>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="46"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="46"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/DeviceListCard.qml" line="74"/>
        <source>No devices enrolled yet</source>
        <translation>No devices enrolled yet</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../qml/DeviceRow.qml" line="45"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../qml/DeviceRow.qml" line="45"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../qml/DeviceRow.qml" line="51"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../models/app_controller.cpp" line="96"/>
        <source>Enter the device enrolment code.</source>
        <translation>Enter the device enrolment code.</translation>
    </message>
    <message>
        <location filename="../models/app_controller.cpp" line="98"/>
        <source>This is not an enrolment code: check it against the paper or scan the QR code again.</source>
        <translation>This is not an enrolment code: check it against the paper or scan the QR code again.</translation>
    </message>
    <message>
        <location filename="../models/app_controller.cpp" line="101"/>
        <location filename="../models/app_controller.cpp" line="181"/>
        <location filename="../models/app_controller.cpp" line="257"/>
        <source>The server address must look like host:port, for example 10.0.0.5:50051.</source>
        <translation>The server address must look like host:port, for example 10.0.0.5:50051.</translation>
    </message>
    <message>
        <location filename="../models/app_controller.cpp" line="152"/>
        <source>No network connection: the server could not be reached. Check the address and try again.</source>
        <translation>No network connection: the server could not be reached. Check the address and try again.</translation>
    </message>
    <message>
        <location filename="../models/app_controller.cpp" line="156"/>
        <source>This code is wrong or was already used. Call the district union for a new code.</source>
        <translation>This code is wrong or was already used. Call the district union for a new code.</translation>
    </message>
    <message>
        <location filename="../models/app_controller.cpp" line="159"/>
        <source>This code has expired. Call the district union for a new code.</source>
        <translation>This code has expired. Call the district union for a new code.</translation>
    </message>
    <message>
        <location filename="../models/app_controller.cpp" line="179"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeCard</name>
    <message>
        <location filename="../qml/EnrolmentCodeCard.qml" line="17"/>
        <source>Device enrolment code</source>
        <translation>Device enrolment code</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeCard.qml" line="26"/>
        <source>QR code of the enrolment code</source>
        <translation>QR code of the enrolment code</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeCard.qml" line="40"/>
        <source>For %1, %2</source>
        <translation>For %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeCard.qml" line="47"/>
        <source>On the tablet, open Sổ Hội and choose “Tablet: enrolment code”. Scan this QR code with the tablet&apos;s camera and paste the line it reads into the code field: the server address fills in by itself. Or type the server address %1 and the code.</source>
        <translation>On the tablet, open Sổ Hội and choose “Tablet: enrolment code”. Scan this QR code with the tablet&apos;s camera and paste the line it reads into the code field: the server address fills in by itself. Or type the server address %1 and the code.</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeCard.qml" line="64"/>
        <source>Issue a code for someone else</source>
        <translation>Issue a code for someone else</translation>
    </message>
</context>
<context>
    <name>EnrolmentDeskPage</name>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="26"/>
        <source>Enrolment and devices</source>
        <translation>Enrolment and devices</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="46"/>
        <source>Issue an enrolment code</source>
        <translation>Issue an enrolment code</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="48"/>
        <source>For a branch leader (a branch) or a commune officer (a commune unit). The code works once.</source>
        <translation>For a branch leader (a branch) or a commune officer (a commune unit). The code works once.</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="54"/>
        <source>Find a branch or commune (diacritics optional)</source>
        <translation>Find a branch or commune (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="68"/>
        <source>At: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="69"/>
        <source>Choose a unit in the list</source>
        <translation>Choose a unit in the list</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="77"/>
        <source>Full name of the person, e.g. Nguyễn Thị Hạnh</source>
        <translation>Full name of the person, e.g. Nguyễn Thị Hạnh</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentDeskPage.qml" line="89"/>
        <source>Issue code</source>
        <translation>Issue code</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="30"/>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="35"/>
        <source>Tablet: enrolment code</source>
        <translation>Tablet: enrolment code</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="36"/>
        <source>Staff: account</source>
        <translation>Staff: account</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="40"/>
        <source>Enter the device enrolment code the district gave you. After this the tablet works without a network.</source>
        <translation>Enter the device enrolment code the district gave you. After this the tablet works without a network.</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="41"/>
        <source>District and province staff: sign in with the account the province gave you. The records of your unit are kept on this computer, so review also works offline.</source>
        <translation>District and province staff: sign in with the account the province gave you. The records of your unit are kept on this computer, so review also works offline.</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="51"/>
        <source>Type the code from the paper, or paste the whole line that starts with sohoi:// (it also tells the tablet which server to use).</source>
        <translation>Type the code from the paper, or paste the whole line that starts with sohoi:// (it also tells the tablet which server to use).</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="61"/>
        <source>Code or sohoi:// line</source>
        <translation>Code or sohoi:// line</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="93"/>
        <source>Advanced: server address</source>
        <translation>Advanced: server address</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="98"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="49"/>
        <source>Device enrolment code</source>
        <translation>Device enrolment code</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="68"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="76"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="119"/>
        <source>Enrol this device</source>
        <translation>Enrol this device</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentPage.qml" line="119"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="34"/>
        <source>The 8 criteria of “5 no’s, 3 cleans” families</source>
        <translation>The 8 criteria of “5 no’s, 3 cleans” families</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="39"/>
        <source>meets all 8 criteria</source>
        <translation>meets all 8 criteria</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="40"/>
        <source>%1/8 criteria</source>
        <translation>%1/8 criteria</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="61"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="70"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="104"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="126"/>
        <source>Choose people…</source>
        <translation>Choose people…</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message numerus="yes">
        <location filename="../models/home_model.cpp" line="75"/>
        <source>%n record(s) returned by the district – fix now</source>
        <translation>
            <numerusform>%n record(s) returned by the district – fix now</numerusform>
            <numerusform>%n record(s) returned by the district – fix now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="19"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="71"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="72"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="73"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="83"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="104"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="104"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="119"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../qml/InboxPage.qml" line="18"/>
        <source>Returned by review</source>
        <translation>Returned by review</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="42"/>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location filename="../qml/InboxPage.qml" line="58"/>
        <source>Nothing returned. Records the district returns with a comment appear here.</source>
        <translation>Nothing returned. Records the district returns with a comment appear here.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../models/choice_labels.cpp" line="15"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="16"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="17"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="18"/>
        <source>Household visit</source>
        <translation>Household visit</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="19"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="20"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="21"/>
        <source>Exemplar</source>
        <translation>Exemplar</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="22"/>
        <source>Media post</source>
        <translation>Media post</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="23"/>
        <location filename="../models/choice_labels.cpp" line="43"/>
        <source>Economic support</source>
        <translation>Economic support</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="24"/>
        <source>Fund report</source>
        <translation>Fund report</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="25"/>
        <source>Unit rating</source>
        <translation>Unit rating</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="26"/>
        <source>Programme contribution</source>
        <translation>Programme contribution</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="27"/>
        <source>Plan event</source>
        <translation>Plan event</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="28"/>
        <source>Review decision</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="41"/>
        <source>Exemplars</source>
        <translation>Exemplars</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="42"/>
        <source>Media posts</source>
        <translation>Media posts</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="44"/>
        <source>Fund reports</source>
        <translation>Fund reports</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="45"/>
        <source>Unit ratings</source>
        <translation>Unit ratings</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="46"/>
        <source>Programme contributions</source>
        <translation>Programme contributions</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="47"/>
        <source>Plan events</source>
        <translation>Plan events</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="48"/>
        <source>Review decisions</source>
        <translation>Review decisions</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="35"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="36"/>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="37"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="38"/>
        <source>Household visits</source>
        <translation>Household visits</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="39"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../models/choice_labels.cpp" line="40"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../models/kind_catalogue.cpp" line="44"/>
        <source>A unit&apos;s rating is decided by the level above it, not by the unit itself: here you see the result.</source>
        <translation>A unit&apos;s rating is decided by the level above it, not by the unit itself: here you see the result.</translation>
    </message>
    <message>
        <location filename="../models/kind_catalogue.cpp" line="46"/>
        <source>Your role does not add this kind of record: you can read them here.</source>
        <translation>Your role does not add this kind of record: you can read them here.</translation>
    </message>
    <message>
        <location filename="../models/kind_catalogue.cpp" line="50"/>
        <source>Each branch keeps its own households, visits and members: they are added on the branch leader&apos;s tablet. Here you see those of the branches under your unit.</source>
        <translation>Each branch keeps its own households, visits and members: they are added on the branch leader&apos;s tablet. Here you see those of the branches under your unit.</translation>
    </message>
    <message>
        <location filename="../models/kind_catalogue.cpp" line="53"/>
        <source>A fund report or a year-end rating belongs to a commune unit or above, not to a branch.</source>
        <translation>A fund report or a year-end rating belongs to a commune unit or above, not to a branch.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../models/navigation_model.cpp" line="90"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../models/navigation_model.cpp" line="98"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../models/navigation_model.cpp" line="102"/>
        <source>Returned by review</source>
        <translation>Returned by review</translation>
    </message>
    <message>
        <location filename="../models/navigation_model.cpp" line="104"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../models/navigation_model.cpp" line="106"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NavigationMenu</name>
    <message>
        <location filename="../qml/NavigationMenu.qml" line="30"/>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/PageHeader.qml" line="28"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/PageHeader.qml" line="28"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <location filename="../qml/PeoplePickerDialog.qml" line="19"/>
        <source>Choose people</source>
        <translation>Choose people</translation>
    </message>
    <message>
        <location filename="../qml/PeoplePickerDialog.qml" line="22"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/PeoplePickerDialog.qml" line="37"/>
        <source>Search by name (accents not needed)</source>
        <translation>Search by name (accents not needed)</translation>
    </message>
    <message>
        <location filename="../qml/PeoplePickerDialog.qml" line="56"/>
        <source>Add a new person</source>
        <translation>Add a new person</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../models/home_model.cpp" line="59"/>
        <source>Target progress appears here once a sync brings this year&apos;s plan to the tablet.</source>
        <translation>Target progress appears here once a sync brings this year&apos;s plan to the tablet.</translation>
    </message>
    <message>
        <location filename="../models/home_model.cpp" line="62"/>
        <source>Plan %1: no figures for this unit yet.</source>
        <translation>Plan %1: no figures for this unit yet.</translation>
    </message>
    <message>
        <location filename="../models/home_model.cpp" line="64"/>
        <source>Plan %1, computed on this tablet from the records it holds.</source>
        <translation>Plan %1, computed on this tablet from the records it holds.</translation>
    </message>
    <message>
        <location filename="../models/unit_progress.cpp" line="87"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../models/unit_progress.cpp" line="88"/>
        <source>This unit&apos;s part: %1 (the target is judged at a higher level)</source>
        <translation>This unit&apos;s part: %1 (the target is judged at a higher level)</translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <location filename="../qml/ProgressCard.qml" line="14"/>
        <source>Target progress</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <location filename="../qml/ProgressCard.qml" line="26"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../qml/ProgressCard.qml" line="26"/>
        <source>Not yet met</source>
        <translation>Not yet met</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="42"/>
        <source>meets all 8 criteria</source>
        <translation>meets all 8 criteria</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../models/record_text.cpp" line="25"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../models/record_text.cpp" line="26"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../models/record_text.cpp" line="44"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../models/record_text.cpp" line="45"/>
        <source>This tablet</source>
        <translation>This tablet</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="76"/>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="79"/>
        <source>Pending: waiting to be sent</source>
        <translation>Pending: waiting to be sent</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="82"/>
        <source>Sent: the server has it</source>
        <translation>Sent: the server has it</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="87"/>
        <location filename="../models/record_detail.cpp" line="132"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="89"/>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="91"/>
        <source>Returned, fixed: the new version awaits review</source>
        <translation>Returned, fixed: the new version awaits review</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="94"/>
        <source>Received, not yet reviewed</source>
        <translation>Received, not yet reviewed</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="95"/>
        <source>Not yet received by the district</source>
        <translation>Not yet received by the district</translation>
    </message>
    <message>
        <location filename="../models/record_text.cpp" line="47"/>
        <source>a device of %1</source>
        <translation>a device of %1</translation>
    </message>
    <message>
        <location filename="../models/record_detail.cpp" line="131"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>RecordDetailPage</name>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="26"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="32"/>
        <location filename="../qml/RecordDetailPage.qml" line="103"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="64"/>
        <source>meets all 8 criteria</source>
        <translation>meets all 8 criteria</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="65"/>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="66"/>
        <source>%1/8 criteria at the latest visit</source>
        <translation>%1/8 criteria at the latest visit</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="89"/>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="101"/>
        <source>Delete this record?</source>
        <translation>Delete this record?</translation>
    </message>
    <message>
        <location filename="../qml/RecordDetailPage.qml" line="102"/>
        <source>The deletion is sent to the server at the next sync; earlier versions are kept.</source>
        <translation>The deletion is sent to the server at the next sync; earlier versions are kept.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../models/record_editor.cpp" line="104"/>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../models/record_editor.cpp" line="105"/>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../models/record_editor.cpp" line="313"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../models/record_editor.cpp" line="327"/>
        <source>(unknown person)</source>
        <translation>(unknown person)</translation>
    </message>
</context>
<context>
    <name>RecordEditorPage</name>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="47"/>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="51"/>
        <source>What you typed in this form will be deleted from the tablet. This cannot be undone.</source>
        <translation>What you typed in this form will be deleted from the tablet. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="57"/>
        <source>Keep draft</source>
        <translation>Keep draft</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="63"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="81"/>
        <source>Unsaved draft</source>
        <translation>Unsaved draft</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RecordEditorPage.qml" line="86"/>
        <source>You started %n record(s) of this kind without saving. Continue one, or start a new one: drafts are kept until you save or discard them.</source>
        <translation>
            <numerusform>You started %n record of this kind without saving. Continue it, or start a new one: the draft is kept until you save or discard it.</numerusform>
            <numerusform>You started %n records of this kind without saving. Continue one, or start a new one: drafts are kept until you save or discard them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="100"/>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="104"/>
        <source>Continue draft</source>
        <translation>Continue draft</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="113"/>
        <source>Start new</source>
        <translation>Start new</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="128"/>
        <location filename="../qml/RecordEditorPage.qml" line="213"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="156"/>
        <source>Returned by the district: %1</source>
        <translation>Returned by the district: %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="169"/>
        <source>Draft restored: what you typed last time is back.</source>
        <translation>Draft restored: what you typed last time is back.</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="175"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../qml/RecordEditorPage.qml" line="184"/>
        <source>Some fields need attention before saving.</source>
        <translation>Some fields need attention before saving.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../models/record_list_model.cpp" line="35"/>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <location filename="../models/record_list_model.cpp" line="43"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../models/record_list_model.cpp" line="44"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../models/record_list_model.cpp" line="45"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../models/record_list_model.cpp" line="46"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../qml/RecordListPage.qml" line="39"/>
        <source>Search by name (accents not needed)</source>
        <translation>Search by name (accents not needed)</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPage.qml" line="48"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RecordListPage.qml" line="67"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/RecordListPage.qml" line="68"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPage.qml" line="106"/>
        <source>Nothing recorded yet. Tap + to add the first one.</source>
        <translation>Nothing recorded yet. Tap + to add the first one.</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPage.qml" line="105"/>
        <source>No record matches the search.</source>
        <translation>No record matches the search.</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPage.qml" line="107"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPage.qml" line="121"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../models/relative_time.cpp" line="8"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../models/relative_time.cpp" line="13"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/relative_time.cpp" line="14"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/relative_time.cpp" line="15"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/relative_time.cpp" line="16"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../qml/ReportsPage.qml" line="20"/>
        <source>Progress report (PDF)</source>
        <translation>Progress report (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="21"/>
        <source>The report on the plan&apos;s targets, laid out as an official document, ready to print</source>
        <translation>The report on the plan&apos;s targets, laid out as an official document, ready to print</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="22"/>
        <source>Progress figures (CSV)</source>
        <translation>Progress figures (CSV)</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="23"/>
        <source>The same figures for the unit and each unit below it, to open in Excel</source>
        <translation>The same figures for the unit and each unit below it, to open in Excel</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="24"/>
        <source>Records (CSV)</source>
        <translation>Records (CSV)</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="25"/>
        <source>Every record of the period in the unit and below it, one file per kind, in a folder</source>
        <translation>Every record of the period in the unit and below it, one file per kind, in a folder</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="29"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="54"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="55"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="56"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="88"/>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="88"/>
        <source>Quarter I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="88"/>
        <source>Quarter II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="88"/>
        <source>Quarter III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="89"/>
        <source>Quarter IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="98"/>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="125"/>
        <source>Save in folder</source>
        <translation>Save in folder</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="140"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="169"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReportsPage.qml" line="176"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../qml/ReturnDialog.qml" line="15"/>
        <source>Return with a comment</source>
        <translation>Return with a comment</translation>
    </message>
    <message>
        <location filename="../qml/ReturnDialog.qml" line="28"/>
        <source>Say what to fix. The leader sees this on the tablet at the next sync.</source>
        <translation>Say what to fix. The leader sees this on the tablet at the next sync.</translation>
    </message>
    <message>
        <location filename="../qml/ReturnDialog.qml" line="38"/>
        <source>e.g. The number of women is larger than the total</source>
        <translation>e.g. The number of women is larger than the total</translation>
    </message>
    <message>
        <location filename="../qml/ReturnDialog.qml" line="50"/>
        <source>Return (Ctrl+Enter)</source>
        <translation>Return (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../qml/ReturnDialog.qml" line="54"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../models/review_state.cpp" line="111"/>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../models/review_state.cpp" line="112"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../models/review_state.cpp" line="113"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../models/review_state.cpp" line="114"/>
        <source>Fixed after return</source>
        <translation>Fixed after return</translation>
    </message>
    <message>
        <location filename="../models/review_state.cpp" line="115"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <location filename="../qml/ReviewFilterBar.qml" line="36"/>
        <source>All commune units</source>
        <translation>All commune units</translation>
    </message>
    <message>
        <location filename="../qml/ReviewFilterBar.qml" line="45"/>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../qml/ReviewFilterBar.qml" line="53"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../qml/ReviewFilterBar.qml" line="61"/>
        <source>From dd/mm/yyyy</source>
        <translation>From dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../qml/ReviewFilterBar.qml" line="67"/>
        <source>To dd/mm/yyyy</source>
        <translation>To dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDelegate</name>
    <message>
        <location filename="../qml/ReviewQueueDelegate.qml" line="39"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueueDelegate.qml" line="58"/>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="28"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewQueuePage.qml" line="32"/>
        <source>Approve %n selected</source>
        <translation>
            <numerusform>Approve %n selected</numerusform>
            <numerusform>Approve %n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="51"/>
        <source>Search (diacritics optional)</source>
        <translation>Search (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="99"/>
        <source>No records from your units yet. They appear here after a sync.</source>
        <translation>No records from your units yet. They appear here after a sync.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="100"/>
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
</context>
<context>
    <name>ReviewRecordPane</name>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="28"/>
        <source>Choose a record in the list.</source>
        <translation>Choose a record in the list.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="48"/>
        <source>Conflict: two edits of one field</source>
        <translation>Conflict: two edits of one field</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="53"/>
        <source>Resolve the conflict…</source>
        <translation>Resolve the conflict…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="60"/>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="67"/>
        <source>Return… (R)</source>
        <translation>Return… (R)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="73"/>
        <source>Only a level above this record&apos;s unit may decide on it.</source>
        <translation>Only a level above this record&apos;s unit may decide on it.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="99"/>
        <source>Review trail</source>
        <translation>Review trail</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="109"/>
        <source>by you</source>
        <translation>by you</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="110"/>
        <source>an earlier version</source>
        <translation>an earlier version</translation>
    </message>
    <message>
        <location filename="../qml/ReviewRecordPane.qml" line="122"/>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <location filename="../qml/RevokeDeviceDialog.qml" line="19"/>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <location filename="../qml/RevokeDeviceDialog.qml" line="40"/>
        <source>The tablet is refused at its next sync and can no longer send or receive anything. Records on it that have not been synced are lost unless it syncs before you revoke it. Use this for a lost or stolen tablet; the person needs a new code to work on another one.</source>
        <translation>The tablet is refused at its next sync and can no longer send or receive anything. Records on it that have not been synced are lost unless it syncs before you revoke it. Use this for a lost or stolen tablet; the person needs a new code to work on another one.</translation>
    </message>
    <message>
        <location filename="../qml/RevokeDeviceDialog.qml" line="48"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../qml/RevokeDeviceDialog.qml" line="54"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <location filename="../models/app_controller.cpp" line="276"/>
        <source>%n record(s) not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</source>
        <translation>
            <numerusform>%n record not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</numerusform>
            <numerusform>%n records not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/app_controller.cpp" line="283"/>
        <source>%n form(s) typed but not saved (drafts). Save or discard them before signing out: signing out deletes this tablet&apos;s data.</source>
        <translation>
            <numerusform>%n form typed but not saved (a draft). Save or discard it before signing out: signing out deletes this tablet&apos;s data.</numerusform>
            <numerusform>%n forms typed but not saved (drafts). Save or discard them before signing out: signing out deletes this tablet&apos;s data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="16"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="31"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="50"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="61"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="75"/>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="77"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="79"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="81"/>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="90"/>
        <source>Signing out deletes this tablet&apos;s copy of the data. It is allowed only when every record has reached the server.</source>
        <translation>Signing out deletes this tablet&apos;s copy of the data. It is allowed only when every record has reached the server.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="95"/>
        <location filename="../qml/SettingsPage.qml" line="117"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="116"/>
        <source>Sign out of this tablet?</source>
        <translation>Sign out of this tablet?</translation>
    </message>
</context>
<context>
    <name>SignInAgainDialog</name>
    <message>
        <location filename="../qml/SignInAgainDialog.qml" line="16"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location filename="../qml/SignInAgainDialog.qml" line="23"/>
        <source>Your session has ended. Enter the password of %1 to go on syncing; nothing on this computer is lost.</source>
        <translation>Your session has ended. Enter the password of %1 to go on syncing; nothing on this computer is lost.</translation>
    </message>
    <message>
        <location filename="../qml/SignInAgainDialog.qml" line="32"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/SignInAgainDialog.qml" line="44"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../models/record_summary.cpp" line="71"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="78"/>
        <source>Female-headed</source>
        <translation>Female-headed</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="80"/>
        <source>Poor household</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="85"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="87"/>
        <source>%1/8 criteria met</source>
        <translation>%1/8 criteria met</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="92"/>
        <source>Core member</source>
        <translation>Core member</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="93"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="110"/>
        <source>Fund %1</source>
        <translation>Fund %1</translation>
    </message>
    <message>
        <location filename="../models/record_summary.cpp" line="114"/>
        <source>Rating %1</source>
        <translation>Rating %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../models/sync_controller.cpp" line="161"/>
        <source>No network – the tablet syncs by itself when a connection comes back</source>
        <translation>No network – the tablet syncs by itself when a connection comes back</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync_controller.cpp" line="162"/>
        <source>No network – %n record(s) waiting to be sent; the tablet sends them by itself</source>
        <translation>
            <numerusform>No network – %n record(s) waiting to be sent; the tablet sends them by itself</numerusform>
            <numerusform>No network – %n record(s) waiting to be sent; the tablet sends them by itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync_controller.cpp" line="168"/>
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>Sent %n record(s)</numerusform>
            <numerusform>Sent %n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="174"/>
        <source>Syncing… sent %1 of %2</source>
        <translation>Syncing… sent %1 of %2</translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="175"/>
        <source>Syncing… received %1</source>
        <translation>Syncing… received %1</translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="176"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="179"/>
        <source>Sync did not finish</source>
        <translation>Sync did not finish</translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="181"/>
        <source>Sent %1, received %2, rejected %3</source>
        <translation>Sent %1, received %2, rejected %3</translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="191"/>
        <source>Last synced: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../models/sync_controller.cpp" line="193"/>
        <source>Last successful sync: %1 (%2)</source>
        <translation>Last successful sync: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncHealthPage</name>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="23"/>
        <source>Sync health</source>
        <translation>Sync health</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="27"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="40"/>
        <source>Silent after (days)</source>
        <translation>Silent after (days)</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="51"/>
        <source>%1 of %2 branches silent</source>
        <translation>%1 of %2 branches silent</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="59"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="75"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="75"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="75"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="75"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="76"/>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthPage.qml" line="103"/>
        <source>No branches to show</source>
        <translation>No branches to show</translation>
    </message>
</context>
<context>
    <name>SyncHealthRow</name>
    <message>
        <location filename="../qml/SyncHealthRow.qml" line="66"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncHealthRow.qml" line="66"/>
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>Silent %n day(s)</numerusform>
            <numerusform>Silent %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SyncHealthRow.qml" line="72"/>
        <source>Wrong clock</source>
        <translation>Wrong clock</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="17"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="36"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="37"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="55"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="55"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="62"/>
        <source>The tablet also syncs by itself every few minutes while records wait, and when a connection comes back.</source>
        <translation>The tablet also syncs by itself every few minutes while records wait, and when a connection comes back.</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="70"/>
        <source>Rejected by the server</source>
        <translation>Rejected by the server</translation>
    </message>
</context>
<context>
    <name>UnitPickerList</name>
    <message>
        <location filename="../qml/UnitPickerList.qml" line="46"/>
        <source>No unit matches</source>
        <translation>No unit matches</translation>
    </message>
</context>
<context>
    <name>VersionDelegate</name>
    <message>
        <location filename="../qml/VersionDelegate.qml" line="18"/>
        <source>Version %1 (deleted)</source>
        <translation>Version %1 (deleted)</translation>
    </message>
    <message>
        <location filename="../qml/VersionDelegate.qml" line="19"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../qml/VersionDelegate.qml" line="25"/>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location filename="../qml/VersionDelegate.qml" line="29"/>
        <source>Current</source>
        <translation>Current</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="21"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="22"/>
        <source>Target progress</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="23"/>
        <source>Sync health</source>
        <translation>Sync health</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="24"/>
        <source>Enrolment and devices</source>
        <translation>Enrolment and devices</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="25"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="26"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="27"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="40"/>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <location filename="../qml/WorkspaceMenu.qml" line="75"/>
        <source>Offline: decisions are kept here and sent later</source>
        <translation>Offline: decisions are kept here and sent later</translation>
    </message>
</context>
<context>
    <name>sohoi::app::DeviceListModel</name>
    <message>
        <location filename="../models/device_list_model.cpp" line="50"/>
        <location filename="../models/device_list_model.cpp" line="62"/>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
</context>
<context>
    <name>sohoi::app::EnrolmentDesk</name>
    <message>
        <location filename="../models/enrolment_desk.cpp" line="77"/>
        <source>Choose the branch or commune unit the person works at</source>
        <translation>Choose the branch or commune unit the person works at</translation>
    </message>
    <message>
        <location filename="../models/enrolment_desk.cpp" line="80"/>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
    <message>
        <location filename="../models/enrolment_desk.cpp" line="117"/>
        <source>Valid until %1, once</source>
        <translation>Valid until %1, once</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ProgressDashboardModel</name>
    <message>
        <location filename="../models/progress_dashboard_model.cpp" line="122"/>
        <source>Target group %1</source>
        <translation>Target group %1</translation>
    </message>
    <message>
        <location filename="../models/progress_dashboard_model.cpp" line="122"/>
        <source>Other items</source>
        <translation>Other items</translation>
    </message>
    <message>
        <location filename="../models/progress_dashboard_model.cpp" line="129"/>
        <source>%1 (%2 of %3 units)</source>
        <translation>%1 (%2 of %3 units)</translation>
    </message>
    <message>
        <location filename="../models/progress_dashboard_model.cpp" line="155"/>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ReportExporter</name>
    <message>
        <location filename="../models/report_exporter.cpp" line="209"/>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
    <message>
        <location filename="../models/report_exporter.cpp" line="210"/>
        <source>Choose a folder to save the reports in</source>
        <translation>Choose a folder to save the reports in</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ReviewQueueModel</name>
    <message>
        <location filename="../models/review_queue_model.cpp" line="39"/>
        <source>Awaiting the province&apos;s review</source>
        <translation>Awaiting the province&apos;s review</translation>
    </message>
    <message>
        <location filename="../models/review_queue_model.cpp" line="40"/>
        <source>Awaiting the district&apos;s review</source>
        <translation>Awaiting the district&apos;s review</translation>
    </message>
    <message>
        <location filename="../models/review_queue_model.cpp" line="41"/>
        <source>Awaiting the commune&apos;s review</source>
        <translation>Awaiting the commune&apos;s review</translation>
    </message>
    <message>
        <location filename="../models/review_queue_model.cpp" line="281"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../models/review_queue_model.cpp" line="285"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>sohoi::app::SyncHealthModel</name>
    <message>
        <location filename="../models/sync_health_model.cpp" line="69"/>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
</context>
</TS>
