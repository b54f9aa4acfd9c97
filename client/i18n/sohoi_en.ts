<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a new person</source>
        <translation>Add a new person</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>BranchFigureRow</name>
    <message>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
</context>
<context>
    <name>BranchProgressPage</name>
    <message>
        <source>Branches&apos; progress</source>
        <translation>Branches&apos; progress</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>No branches below this unit.</source>
        <translation>No branches below this unit.</translation>
    </message>
    <message>
        <source>No branch is behind.</source>
        <translation>No branch is behind.</translation>
    </message>
    <message>
        <source>Branches behind: %1</source>
        <translation>Branches behind: %1</translation>
    </message>
    <message>
        <source>Tap a target to see each branch&apos;s figure and the branches behind.</source>
        <translation>Tap a target to see each branch&apos;s figure and the branches behind.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <source>Two edits changed the same fields from the same version. Choose the value to keep for each field; the result is saved as a new version that every device receives. Both edits stay in the history.</source>
        <translation>Two edits changed the same fields from the same version. Choose the value to keep for each field; the result is saved as a new version that every device receives. Both edits stay in the history.</translation>
    </message>
    <message>
        <source>This record is no longer in conflict.</source>
        <translation>This record is no longer in conflict.</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Choose all left</source>
        <translation>Choose all left</translation>
    </message>
    <message>
        <source>Other edit</source>
        <translation>Other edit</translation>
    </message>
    <message>
        <source>Choose all right</source>
        <translation>Choose all right</translation>
    </message>
    <message>
        <source>The same in both versions</source>
        <translation>The same in both versions</translation>
    </message>
    <message>
        <source>Only someone who may edit this record can resolve its conflict.</source>
        <translation>Only someone who may edit this record can resolve its conflict.</translation>
    </message>
    <message>
        <source>Save the merged version</source>
        <translation>Save the merged version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictFieldRow</name>
    <message>
        <source>Another value:</source>
        <translation>Another value:</translation>
    </message>
    <message>
        <source>Type the merged value</source>
        <translation>Type the merged value</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Target progress</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No network connection: showing the figures from %1.</source>
        <translation>No network connection: showing the figures from %1.</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Approved records only</source>
        <translation>Approved records only</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>Units behind</source>
        <translation>Units behind</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DeviceListCard</name>
    <message>
        <source>Devices · %1</source>
        <translation>Devices · %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Person and device</source>
        <translation>Person and device</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No devices enrolled yet</source>
        <translation>No devices enrolled yet</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>Enter the device enrolment code.</source>
        <translation>Enter the device enrolment code.</translation>
    </message>
    <message>
        <source>This is not an enrolment code: check it against the paper or scan the QR code again.</source>
        <translation>This is not an enrolment code: check it against the paper or scan the QR code again.</translation>
    </message>
    <message>
        <source>The server address must look like host:port, for example 10.0.0.5:50051.</source>
        <translation>The server address must look like host:port, for example 10.0.0.5:50051.</translation>
    </message>
    <message>
        <source>No network connection: the server could not be reached. Check the address and try again.</source>
        <translation>No network connection: the server could not be reached. Check the address and try again.</translation>
    </message>
    <message>
        <source>This code is wrong or was already used. Call the district union for a new code.</source>
        <translation>This code is wrong or was already used. Call the district union for a new code.</translation>
    </message>
    <message>
        <source>This code has expired. Call the district union for a new code.</source>
        <translation>This code has expired. Call the district union for a new code.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeCard</name>
    <message>
        <source>Device enrolment code</source>
        <translation>Device enrolment code</translation>
    </message>
    <message>
        <source>QR code of the enrolment code</source>
        <translation>QR code of the enrolment code</translation>
    </message>
    <message>
        <source>For %1, %2</source>
        <translation>For %1, %2</translation>
    </message>
    <message>
        <source>On the tablet, open Sổ Hội and choose “Tablet: enrolment code”. Scan this QR code with the tablet&apos;s camera and paste the line it reads into the code field: the server address fills in by itself. Or type the server address %1 and the code.</source>
        <translation>On the tablet, open Sổ Hội and choose “Tablet: enrolment code”. Scan this QR code with the tablet&apos;s camera and paste the line it reads into the code field: the server address fills in by itself. Or type the server address %1 and the code.</translation>
    </message>
    <message>
        <source>Issue a code for someone else</source>
        <translation>Issue a code for someone else</translation>
    </message>
</context>
<context>
    <name>EnrolmentDeskPage</name>
    <message>
        <source>Enrolment and devices</source>
        <translation>Enrolment and devices</translation>
    </message>
    <message>
        <source>Issue an enrolment code</source>
        <translation>Issue an enrolment code</translation>
    </message>
    <message>
        <source>For a branch leader (a branch) or a commune officer (a commune unit). The code works once.</source>
        <translation>For a branch leader (a branch) or a commune officer (a commune unit). The code works once.</translation>
    </message>
    <message>
        <source>Find a branch or commune (diacritics optional)</source>
        <translation>Find a branch or commune (diacritics optional)</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>Choose a unit in the list</source>
        <translation>Choose a unit in the list</translation>
    </message>
    <message>
        <source>Full name of the person, e.g. Nguyễn Thị Hạnh</source>
        <translation>Full name of the person, e.g. Nguyễn Thị Hạnh</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Issue code</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Tablet: enrolment code</source>
        <translation>Tablet: enrolment code</translation>
    </message>
    <message>
        <source>Staff: account</source>
        <translation>Staff: account</translation>
    </message>
    <message>
        <source>Enter the device enrolment code the district gave you. After this the tablet works without a network.</source>
        <translation>Enter the device enrolment code the district gave you. After this the tablet works without a network.</translation>
    </message>
    <message>
        <source>District and province staff: sign in with the account the province gave you. The records of your unit are kept on this computer, so review also works offline.</source>
        <translation>District and province staff: sign in with the account the province gave you. The records of your unit are kept on this computer, so review also works offline.</translation>
    </message>
    <message>
        <source>Type the code from the paper, or paste the whole line that starts with sohoi:// (it also tells the tablet which server to use).</source>
        <translation>Type the code from the paper, or paste the whole line that starts with sohoi:// (it also tells the tablet which server to use).</translation>
    </message>
    <message>
        <source>Code or sohoi:// line</source>
        <translation>Code or sohoi:// line</translation>
    </message>
    <message>
        <source>Advanced: server address</source>
        <translation>Advanced: server address</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Device enrolment code</source>
        <translation>Device enrolment code</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>Enrol this device</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>The 8 criteria of “5 no’s, 3 cleans” families</source>
        <translation>The 8 criteria of “5 no’s, 3 cleans” families</translation>
    </message>
    <message>
        <source>meets all 8 criteria</source>
        <translation>meets all 8 criteria</translation>
    </message>
    <message>
        <source>%1/8 criteria</source>
        <translation>%1/8 criteria</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose people…</source>
        <translation>Choose people…</translation>
    </message>
    <message>
        <source>%1/8 criteria met · %2 not answered</source>
        <translation>%1/8 criteria met · %2 not answered</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <source>✗ Not yet met</source>
        <translation>✗ Not yet met</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Choose a household…</source>
        <translation>Choose a household…</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message numerus="yes">
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
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not saved yet</source>
        <translation>
            <numerusform>%n draft(s) not saved yet</numerusform>
            <numerusform>%n draft(s) not saved yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseCard</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visit this household</source>
        <translation>Visit this household</translation>
    </message>
    <message>
        <source>Not visited yet.</source>
        <translation>Not visited yet.</translation>
    </message>
    <message>
        <source>%1/8 criteria</source>
        <translation>%1/8 criteria</translation>
    </message>
    <message>
        <source>Not yet met: %1</source>
        <translation>Not yet met: %1</translation>
    </message>
    <message>
        <source>Record the start-of-year status</source>
        <translation>Record the start-of-year status</translation>
    </message>
    <message>
        <source>Start-of-year status</source>
        <translation>Start-of-year status</translation>
    </message>
</context>
<context>
    <name>HouseholdCases</name>
    <message>
        <source>Not visited yet</source>
        <translation>Not visited yet</translation>
    </message>
    <message>
        <source>Last visited %1</source>
        <translation>Last visited %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <source>Choose a household</source>
        <translation>Choose a household</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Search by name or hamlet (accents not needed)</source>
        <translation>Search by name or hamlet (accents not needed)</translation>
    </message>
    <message>
        <source>No households yet. A visit is always to a household of the branch: add the household first, then come back to this visit (what you typed is kept).</source>
        <translation>No households yet. A visit is always to a household of the branch: add the household first, then come back to this visit (what you typed is kept).</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Add a household</translation>
    </message>
</context>
<context>
    <name>HouseholdWorklistCard</name>
    <message>
        <source>Households to visit</source>
        <translation>Households to visit</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) not visited for %1 months</source>
        <translation>
            <numerusform>%n household(s) not visited for %1 months</numerusform>
            <numerusform>%n household(s) not visited for %1 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) one criterion short of 8/8</source>
        <translation>
            <numerusform>%n household(s) one criterion short of 8/8</numerusform>
            <numerusform>%n household(s) one criterion short of 8/8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Returned by review</source>
        <translation>Returned by review</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Nothing returned. Records the district returns with a comment appear here.</source>
        <translation>Nothing returned. Records the district returns with a comment appear here.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Household visit</source>
        <translation>Household visit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Exemplar</translation>
    </message>
    <message>
        <source>Media post</source>
        <translation>Media post</translation>
    </message>
    <message>
        <source>Economic support</source>
        <translation>Economic support</translation>
    </message>
    <message>
        <source>Fund report</source>
        <translation>Fund report</translation>
    </message>
    <message>
        <source>Unit rating</source>
        <translation>Unit rating</translation>
    </message>
    <message>
        <source>Programme contribution</source>
        <translation>Programme contribution</translation>
    </message>
    <message>
        <source>Plan event</source>
        <translation>Plan event</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <source>Exemplars</source>
        <translation>Exemplars</translation>
    </message>
    <message>
        <source>Media posts</source>
        <translation>Media posts</translation>
    </message>
    <message>
        <source>Fund reports</source>
        <translation>Fund reports</translation>
    </message>
    <message>
        <source>Unit ratings</source>
        <translation>Unit ratings</translation>
    </message>
    <message>
        <source>Programme contributions</source>
        <translation>Programme contributions</translation>
    </message>
    <message>
        <source>Plan events</source>
        <translation>Plan events</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Review decisions</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>Household visits</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>A unit&apos;s rating is decided by the level above it, not by the unit itself: here you see the result.</source>
        <translation>A unit&apos;s rating is decided by the level above it, not by the unit itself: here you see the result.</translation>
    </message>
    <message>
        <source>Your role does not add this kind of record: you can read them here.</source>
        <translation>Your role does not add this kind of record: you can read them here.</translation>
    </message>
    <message>
        <source>Each branch keeps its own households, visits and members: they are added on the branch leader&apos;s tablet. Here you see those of the branches under your unit.</source>
        <translation>Each branch keeps its own households, visits and members: they are added on the branch leader&apos;s tablet. Here you see those of the branches under your unit.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Committee change</source>
        <translation>Committee change</translation>
    </message>
    <message>
        <source>Congresses</source>
        <translation>Congresses</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Committee changes</source>
        <translation>Committee changes</translation>
    </message>
    <message>
        <source>A fund report, a year-end rating, a congress or a committee change belongs to a commune unit or above, not to a branch.</source>
        <translation>A fund report, a year-end rating, a congress or a committee change belongs to a commune unit or above, not to a branch.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Returned by review</source>
        <translation>Returned by review</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NavigationMenu</name>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <source>Choose people</source>
        <translation>Choose people</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Search by name (accents not needed)</source>
        <translation>Search by name (accents not needed)</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Add a new person</translation>
    </message>
</context>
<context>
    <name>PhotoCameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhotoSettingsCard</name>
    <message>
        <source>Send photos only over Wi-Fi</source>
        <translation>Send photos only over Wi-Fi</translation>
    </message>
    <message>
        <source>Records are always sent at once; photos then wait for Wi-Fi to spare mobile data.</source>
        <translation>Records are always sent at once; photos then wait for Wi-Fi to spare mobile data.</translation>
    </message>
</context>
<context>
    <name>PhotoShelf</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source> (±%1 m)</source>
        <translation> (±%1 m)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Evidence photos</source>
        <translation>Evidence photos</translation>
    </message>
    <message>
        <source>Photo not on this device yet</source>
        <translation>Photo not on this device yet</translation>
    </message>
    <message>
        <source>Remove this photo</source>
        <translation>Remove this photo</translation>
    </message>
    <message>
        <source>No photos yet: add the attendance sheet or a photo of the meeting.</source>
        <translation>No photos yet: add the attendance sheet or a photo of the meeting.</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Place: not recorded</source>
        <translation>Place: not recorded</translation>
    </message>
    <message>
        <source>Place: looking for it…</source>
        <translation>Place: looking for it…</translation>
    </message>
    <message>
        <source>Place: the device did not find it</source>
        <translation>Place: the device did not find it</translation>
    </message>
    <message>
        <source>Place: this device does not report one</source>
        <translation>Place: this device does not report one</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Target progress appears here once a sync brings this year&apos;s plan to the tablet.</source>
        <translation>Target progress appears here once a sync brings this year&apos;s plan to the tablet.</translation>
    </message>
    <message>
        <source>Plan %1: no figures for this unit yet.</source>
        <translation>Plan %1: no figures for this unit yet.</translation>
    </message>
    <message>
        <source>Plan %1, computed on this tablet from the records it holds.</source>
        <translation>Plan %1, computed on this tablet from the records it holds.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>This unit&apos;s share: %1</source>
        <translation>This unit&apos;s share: %1</translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <source>Target progress</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation>Not yet met</translation>
    </message>
    <message>
        <source>Branches&apos; progress, by year or quarter</source>
        <translation>Branches&apos; progress, by year or quarter</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>meets all 8 criteria</source>
        <translation>meets all 8 criteria</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>This tablet</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent</source>
        <translation>Pending: waiting to be sent</translation>
    </message>
    <message>
        <source>Sent: the server has it</source>
        <translation>Sent: the server has it</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <source>Returned, fixed: the new version awaits review</source>
        <translation>Returned, fixed: the new version awaits review</translation>
    </message>
    <message>
        <source>Received, not yet reviewed</source>
        <translation>Received, not yet reviewed</translation>
    </message>
    <message>
        <source>Not yet received by the district</source>
        <translation>Not yet received by the district</translation>
    </message>
    <message>
        <source>a device of %1</source>
        <translation>a device of %1</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <source>✗ Not yet met</source>
        <translation>✗ Not yet met</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Photos: %1</translation>
    </message>
</context>
<context>
    <name>RecordDetailPage</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <source>%1/8 criteria at the latest visit</source>
        <translation>%1/8 criteria at the latest visit</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Delete this record?</translation>
    </message>
    <message>
        <source>The deletion is sent to the server at the next sync; earlier versions are kept.</source>
        <translation>The deletion is sent to the server at the next sync; earlier versions are kept.</translation>
    </message>
    <message>
        <source>%1/8 criteria</source>
        <translation>%1/8 criteria</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Changes made</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Delete this record</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(unknown person)</translation>
    </message>
    <message>
        <source>Choose Met or Not yet met</source>
        <translation>Choose Met or Not yet met</translation>
    </message>
    <message>
        <source>As assessed before 01/01/%1: the 8 criteria and the poverty status from the branch&apos;s register. Skip it if you do not know them; the household then does not count as newly meeting the criteria.</source>
        <translation>As assessed before 01/01/%1: the 8 criteria and the poverty status from the branch&apos;s register. Skip it if you do not know them; the household then does not count as newly meeting the criteria.</translation>
    </message>
    <message>
        <source>Start-of-year status</source>
        <translation>Start-of-year status</translation>
    </message>
</context>
<context>
    <name>RecordEditorPage</name>
    <message>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <source>What you typed in this form will be deleted from the tablet. This cannot be undone.</source>
        <translation>What you typed in this form will be deleted from the tablet. This cannot be undone.</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>Keep draft</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Unsaved draft</translation>
    </message>
    <message numerus="yes">
        <source>You started %n record(s) of this kind without saving. Continue one, or start a new one: drafts are kept until you save or discard them.</source>
        <translation>
            <numerusform>You started %n record of this kind without saving. Continue it, or start a new one: the draft is kept until you save or discard it.</numerusform>
            <numerusform>You started %n records of this kind without saving. Continue one, or start a new one: drafts are kept until you save or discard them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Continue draft</translation>
    </message>
    <message>
        <source>Start new</source>
        <translation>Start new</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Returned by the district: %1</source>
        <translation>Returned by the district: %1</translation>
    </message>
    <message>
        <source>Draft restored: what you typed last time is back.</source>
        <translation>Draft restored: what you typed last time is back.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Some fields need attention before saving.</source>
        <translation>Some fields need attention before saving.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search by name (accents not needed)</source>
        <translation>Search by name (accents not needed)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Tap + to add the first one.</source>
        <translation>Nothing recorded yet. Tap + to add the first one.</translation>
    </message>
    <message>
        <source>No record matches the search.</source>
        <translation>No record matches the search.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <source>Fixed, waiting to be sent</source>
        <translation>Fixed, waiting to be sent</translation>
    </message>
    <message>
        <source>Sent, awaiting review</source>
        <translation>Sent, awaiting review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Fixed and sent, awaiting review again</source>
        <translation>Fixed and sent, awaiting review again</translation>
    </message>
    <message>
        <source>Correct what the reason names and save: the tablet sends it again.</source>
        <translation>Correct what the reason names and save: the tablet sends it again.</translation>
    </message>
    <message>
        <source>Nothing to do: the tablet sends it by itself when there is a network.</source>
        <translation>Nothing to do: the tablet sends it by itself when there is a network.</translation>
    </message>
    <message>
        <source>Fix it as the district asks and save: it goes back for review.</source>
        <translation>Fix it as the district asks and save: it goes back for review.</translation>
    </message>
    <message>
        <source>Nothing to do: the district approved it.</source>
        <translation>Nothing to do: the district approved it.</translation>
    </message>
    <message>
        <source>Nothing to do: the district will review it.</source>
        <translation>Nothing to do: the district will review it.</translation>
    </message>
    <message>
        <source>Returned by review: %1</source>
        <translation>Returned by review: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Progress report (PDF)</source>
        <translation>Progress report (PDF)</translation>
    </message>
    <message>
        <source>The report on the plan&apos;s targets, laid out as an official document, ready to print</source>
        <translation>The report on the plan&apos;s targets, laid out as an official document, ready to print</translation>
    </message>
    <message>
        <source>Progress figures (CSV)</source>
        <translation>Progress figures (CSV)</translation>
    </message>
    <message>
        <source>The same figures for the unit and each unit below it, to open in Excel</source>
        <translation>The same figures for the unit and each unit below it, to open in Excel</translation>
    </message>
    <message>
        <source>Records (CSV)</source>
        <translation>Records (CSV)</translation>
    </message>
    <message>
        <source>Every record of the period in the unit and below it, one file per kind, in a folder</source>
        <translation>Every record of the period in the unit and below it, one file per kind, in a folder</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Save in folder</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return with a comment</source>
        <translation>Return with a comment</translation>
    </message>
    <message>
        <source>Say what to fix. The leader sees this on the tablet at the next sync.</source>
        <translation>Say what to fix. The leader sees this on the tablet at the next sync.</translation>
    </message>
    <message>
        <source>e.g. The number of women is larger than the total</source>
        <translation>e.g. The number of women is larger than the total</translation>
    </message>
    <message>
        <source>Return (Ctrl+Enter)</source>
        <translation>Return (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Fixed after return</source>
        <translation>Fixed after return</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>All commune units</source>
        <translation>All commune units</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>From dd/mm/yyyy</source>
        <translation>From dd/mm/yyyy</translation>
    </message>
    <message>
        <source>To dd/mm/yyyy</source>
        <translation>To dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDelegate</name>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected</source>
        <translation>
            <numerusform>Approve %n selected</numerusform>
            <numerusform>Approve %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Search (diacritics optional)</translation>
    </message>
    <message>
        <source>No records from your units yet. They appear here after a sync.</source>
        <translation>No records from your units yet. They appear here after a sync.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
</context>
<context>
    <name>ReviewRecordPane</name>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Choose a record in the list.</translation>
    </message>
    <message>
        <source>Conflict: two edits of one field</source>
        <translation>Conflict: two edits of one field</translation>
    </message>
    <message>
        <source>Resolve the conflict…</source>
        <translation>Resolve the conflict…</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <source>Return… (R)</source>
        <translation>Return… (R)</translation>
    </message>
    <message>
        <source>Only a level above this record&apos;s unit may decide on it.</source>
        <translation>Only a level above this record&apos;s unit may decide on it.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Review trail</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>by you</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>an earlier version</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <source>The tablet is refused at its next sync and can no longer send or receive anything. Records on it that have not been synced are lost unless it syncs before you revoke it. Use this for a lost or stolen tablet; the person needs a new code to work on another one.</source>
        <translation>The tablet is refused at its next sync and can no longer send or receive anything. Records on it that have not been synced are lost unless it syncs before you revoke it. Use this for a lost or stolen tablet; the person needs a new code to work on another one.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>%n record(s) not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</source>
        <translation>
            <numerusform>%n record not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</numerusform>
            <numerusform>%n records not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Signing out deletes this tablet&apos;s copy of the data. It is allowed only when every record has reached the server.</source>
        <translation>Signing out deletes this tablet&apos;s copy of the data. It is allowed only when every record has reached the server.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of this tablet?</source>
        <translation>Sign out of this tablet?</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
</context>
<context>
    <name>SignInAgainDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Your session has ended. Enter the password of %1 to go on syncing; nothing on this computer is lost.</source>
        <translation>Your session has ended. Enter the password of %1 to go on syncing; nothing on this computer is lost.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StartOfYear</name>
    <message>
        <source>The status at the start of the year is dated before 01/01/%1</source>
        <translation>The status at the start of the year is dated before 01/01/%1</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Female-headed</source>
        <translation>Female-headed</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>%1/8 criteria met</source>
        <translation>%1/8 criteria met</translation>
    </message>
    <message>
        <source>Core member</source>
        <translation>Core member</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>Fund %1</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <source>Congress %1</source>
        <translation>Congress %1</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No network – the tablet syncs by itself when a connection comes back</source>
        <translation>No network – the tablet syncs by itself when a connection comes back</translation>
    </message>
    <message numerus="yes">
        <source>No network – %n record(s) waiting to be sent; the tablet sends them by itself</source>
        <translation>
            <numerusform>No network – %n record(s) waiting to be sent; the tablet sends them by itself</numerusform>
            <numerusform>No network – %n record(s) waiting to be sent; the tablet sends them by itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>Sent %n record(s)</numerusform>
            <numerusform>Sent %n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>Syncing… sent %1 of %2</translation>
    </message>
    <message>
        <source>Syncing… received %1</source>
        <translation>Syncing… received %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>Sync did not finish</translation>
    </message>
    <message>
        <source>Sent %1, received %2, rejected %3</source>
        <translation>Sent %1, received %2, rejected %3</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1 (%2)</source>
        <translation>Last successful sync: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncHealthPage</name>
    <message>
        <source>Sync health</source>
        <translation>Sync health</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Silent after (days)</source>
        <translation>Silent after (days)</translation>
    </message>
    <message>
        <source>%1 of %2 branches silent</source>
        <translation>%1 of %2 branches silent</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>No branches to show</source>
        <translation>No branches to show</translation>
    </message>
</context>
<context>
    <name>SyncHealthRow</name>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>Silent %n day(s)</numerusform>
            <numerusform>Silent %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong clock</source>
        <translation>Wrong clock</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>The tablet also syncs by itself every few minutes while records wait, and when a connection comes back.</source>
        <translation>The tablet also syncs by itself every few minutes while records wait, and when a connection comes back.</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rejected by the server</translation>
    </message>
</context>
<context>
    <name>UnitPickerList</name>
    <message>
        <source>No unit matches</source>
        <translation>No unit matches</translation>
    </message>
</context>
<context>
    <name>VersionDelegate</name>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Target progress</source>
        <translation>Target progress</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Sync health</translation>
    </message>
    <message>
        <source>Enrolment and devices</source>
        <translation>Enrolment and devices</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Offline: decisions are kept here and sent later</source>
        <translation>Offline: decisions are kept here and sent later</translation>
    </message>
</context>
<context>
    <name>sohoi::app::DeviceListModel</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
</context>
<context>
    <name>sohoi::app::EnrolmentDesk</name>
    <message>
        <source>Choose the branch or commune unit the person works at</source>
        <translation>Choose the branch or commune unit the person works at</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
    <message>
        <source>Valid until %1, once</source>
        <translation>Valid until %1, once</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ProgressDashboardModel</name>
    <message>
        <source>Target group %1</source>
        <translation>Target group %1</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>Other items</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 units)</source>
        <translation>%1 (%2 of %3 units)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Quarters that fell short: %1</source>
        <translation>Quarters that fell short: %1</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ReportExporter</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
    <message>
        <source>Choose a folder to save the reports in</source>
        <translation>Choose a folder to save the reports in</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ReviewQueueModel</name>
    <message>
        <source>Awaiting the province&apos;s review</source>
        <translation>Awaiting the province&apos;s review</translation>
    </message>
    <message>
        <source>Awaiting the district&apos;s review</source>
        <translation>Awaiting the district&apos;s review</translation>
    </message>
    <message>
        <source>Awaiting the commune&apos;s review</source>
        <translation>Awaiting the commune&apos;s review</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>sohoi::app::SyncHealthModel</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
</context>
</TS>
