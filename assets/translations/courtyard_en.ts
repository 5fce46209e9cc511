<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddHomePage</name>
    <message>
        <source>Add another home</source>
        <translation></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation></translation>
    </message>
    <message>
        <source>From your property office or the owner of that home</source>
        <translation></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Add this home</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Console</source>
        <translation></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in again to read the audit log.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline. The audit log is read from the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only managers read the audit log.</source>
        <translation></translation>
    </message>
    <message>
        <source>The audit log could not be read; try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes to accounts, units, codes and settings are listed here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BillCard</name>
    <message>
        <source>%1 left to pay · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillDetail</name>
    <message>
        <source>Bill for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillDetailPage</name>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is not on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been withdrawn by the property office. Pull down on the Bills tab to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 · left to pay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each amount is rounded once, as the estate&apos;s fee standard says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments on this bill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillListModel</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. %1; a payment made since then shows once this phone is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your bills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bills show here once this phone has been online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the property office issues a bill for your home, it shows here with each fee and how it was worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment happens outside the app: by bank transfer, WeChat Pay, Alipay or at the front desk. This screen shows what the property office has recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a bill for its lines and how each was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a payment for its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildingsPage</name>
    <message>
        <source>Buildings &amp; units</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a building</source>
        <translation></translation>
    </message>
    <message>
        <source>New building</source>
        <translation></translation>
    </message>
    <message>
        <source>Tap a building for its units; press and hold to rename it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename building</source>
        <translation></translation>
    </message>
    <message>
        <source>No buildings yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the estate&apos;s buildings one by one, or import all units from a file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import units</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 3栋</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Your other devices were signed out: sign in there with the new password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing your password signs out every other device that uses your account.</source>
        <translation></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation></translation>
    </message>
    <message>
        <source>New password</source>
        <translation></translation>
    </message>
    <message>
        <source>At least 8 characters, not your phone number, not a common word</source>
        <translation></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>The app may not use the position.</source>
        <translation></translation>
    </message>
    <message>
        <source>No GPS signal here.</source>
        <translation></translation>
    </message>
    <message>
        <source>This device has no position source.</source>
        <translation></translation>
    </message>
    <message>
        <source>The position is not available.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation></translation>
    </message>
    <message>
        <source>Check in without GPS</source>
        <translation></translation>
    </message>
    <message>
        <source>The time of your arrival is recorded now, with your position if the phone finds one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation></translation>
    </message>
    <message>
        <source>GPS fix found (accuracy unknown)</source>
        <translation></translation>
    </message>
    <message>
        <source>GPS fix found, accurate to ±%1 m</source>
        <translation></translation>
    </message>
    <message>
        <source>No GPS fix: the check-in will record that there was none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Join code</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CommandDesk</name>
    <message>
        <source>A photo could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save on this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>A photo is missing on this device; add it again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <source>Online</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::ChangePasswordForm</name>
    <message>
        <source>Enter your current password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::HomesDesk</name>
    <message>
        <source>Choose whom to invite: a tenant or a family member.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the owner can invite people to this home, and only when the estate allows it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code is no longer open.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person is no longer registered in this home.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the owner can remove the tenants and family members of a home.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::JoinForm</name>
    <message>
        <source>This QR code is not a Courtyard join code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the code you were given.</source>
        <translation></translation>
    </message>
    <message>
        <source>A code has 8 letters and digits, e.g. ABCD-EFGH.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>This phone number already has an account. Enter that account&apos;s password to add this home to it, or sign in and add the home on the Me page.</source>
        <translation></translation>
    </message>
    <message>
        <source>This phone number belongs to this home already. Sign in with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Please check what you entered and try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::PasswordFormBase</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::ResetPasswordForm</name>
    <message>
        <source>Enter your phone number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the code you were given.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code does not match this phone number, or it has expired. Check both, or ask your property office for a new code.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::Session</name>
    <message>
        <source>Enter your phone number and password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong phone number or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a staff account. Please use the Courtyard Staff app.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a resident account. Please use the Courtyard Resident app.</source>
        <translation></translation>
    </message>
    <message>
        <source>You have been signed out. Please sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network connection and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server is not answering. Please try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer service agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the names of several estates or units</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch order</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation></translation>
    </message>
    <message>
        <source>Open to pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign to a technician</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick who goes; their open orders are shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>No technicians in this estate yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open to the pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Any technician of the estate can take it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic (round robin)</source>
        <translation></translation>
    </message>
    <message>
        <source>The next technician on duty gets it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DutyRosterPage</name>
    <message>
        <source>Duty roster</source>
        <translation></translation>
    </message>
    <message>
        <source>New requests reach only technicians on duty.</source>
        <translation></translation>
    </message>
    <message>
        <source>No technicians yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add technicians under Staff.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Estate</name>
    <message>
        <source>not set</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstateDesk</name>
    <message>
        <source>This estate is not on this device yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The estate needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick how new requests are dispatched.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets run from one minute to 90 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>The resolve target cannot come before the response target.</source>
        <translation></translation>
    </message>
    <message>
        <source>The building needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the unit number.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most 32 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>A floor from -20 to 300.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick what the unit is used for.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick the unit&apos;s status.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a building.</source>
        <translation></translation>
    </message>
    <message>
        <source>This building is not on this device yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the space&apos;s number.</source>
        <translation></translation>
    </message>
    <message>
        <source>This parking space is gone already.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a role.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick at least one estate.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation></translation>
    </message>
    <message>
        <source>This account is not on this device yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick who the code is for.</source>
        <translation></translation>
    </message>
    <message>
        <source>A code is valid for 1 to 30 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code is not on this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an open code can be revoked.</source>
        <translation></translation>
    </message>
    <message>
        <source>This resident is gone already.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a person.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EstateListModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Floor %1 · %2 m² · %3 · %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation></translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EstateModule</name>
    <message>
        <source>Estate</source>
        <translation></translation>
    </message>
    <message>
        <source>Buildings &amp; units</source>
        <translation></translation>
    </message>
    <message>
        <source>Import units</source>
        <translation></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation></translation>
    </message>
    <message>
        <source>Residents &amp; join codes</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>My duty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EstateSettingsPage</name>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Estate settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 88 Jinqiao Road, Pudong, Shanghai</source>
        <translation></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>Due dates and the audit log&apos;s days are counted in it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispatch of new requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation></translation>
    </message>
    <message>
        <source>Owners may invite tenants and family</source>
        <translation></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation></translation>
    </message>
    <message>
        <source>The estate is not on this phone yet</source>
        <translation></translation>
    </message>
    <message>
        <source>It arrives with the next sync.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EstateWords</name>
    <message>
        <source>The desk assigns</source>
        <translation></translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation></translation>
    </message>
    <message>
        <source>New requests wait for the front desk, who picks a technician for each.</source>
        <translation></translation>
    </message>
    <message>
        <source>New requests go to a pool; any technician on duty takes one.</source>
        <translation></translation>
    </message>
    <message>
        <source>New requests go to the technicians on duty in turn.</source>
        <translation></translation>
    </message>
    <message>
        <source>Low</source>
        <translation></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation></translation>
    </message>
    <message>
        <source>High</source>
        <translation></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation></translation>
    </message>
    <message>
        <source>Home</source>
        <translation></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation></translation>
    </message>
    <message>
        <source>Office</source>
        <translation></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation></translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Family</source>
        <translation></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Used</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeAccount</name>
    <message>
        <source>Not synced with the property office yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid on these bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) overdue since %1</source>
        <translation>
            <numerusform>%n bill overdue since %1</numerusform>
            <numerusform>%n bills overdue since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay: every bill is settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeFeed</name>
    <message>
        <source>%1 overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill for %1 · tap for its lines and how to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder from the property office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe %1 · tap to see your bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is paid now: thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeWords</name>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month pattern of a bill&apos;s period (QDate::toString), e.g. &quot;Nov 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date pattern with the year (QDate::toString), e.g. &quot;31 Dec 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>Date and time pattern with the year (QDateTime::toString), e.g. &quot;2 Dec 2026, 10:30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeesModule</name>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>d MMM, HH:mm</source>
        <extracomment>Date and time pattern (QDateTime::toString): short, no year</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date pattern (QDate::toString): short, no year</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern with the weekday (QDate::toString)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past requests</source>
        <translation></translation>
    </message>
    <message>
        <source>No past requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests you confirmed or cancelled show here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline. This is what your phone has; what you do is kept and sent when you are back online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the property office and need your attention.</source>
        <translation>
            <numerusform>%n change was refused by the property office and needs your attention.</numerusform>
            <numerusform>%n changes were refused by the property office and need your attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation></translation>
    </message>
    <message>
        <source>For you now</source>
        <translation></translation>
    </message>
    <message>
        <source>Pull down to refresh.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing needs you now</source>
        <translation></translation>
    </message>
    <message>
        <source>What needs you shows here once this phone has been online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Repairs to confirm and other things that wait for you show here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>Importing %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked: nothing is changed yet</source>
        <translation></translation>
    </message>
    <message>
        <source>The file matches what the estate has: there is nothing to import.</source>
        <translation></translation>
    </message>
    <message>
        <source>The units arrive on this phone with the next sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation></translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). Correct the file and pick it again; nothing was changed.</source>
        <translation>
            <numerusform>%n problem. Correct the file and pick it again; nothing was changed.</numerusform>
            <numerusform>%n problems. Correct the file and pick it again; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick another file</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportUnitsPage</name>
    <message>
        <source>Import units</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a units file</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline. Importing needs a connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>One row per unit: building, number, floor, area in m², use and status. Existing units are updated by building and number; none is deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Start from the template units-template.csv of the Courtyard documentation; keep its header row.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a file and check it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InfoBanner</name>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>People and invitations</source>
        <translation></translation>
    </message>
    <message>
        <source>Invite family or tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Open codes</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · valid until %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation></translation>
    </message>
    <message>
        <source>People in this home</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave this home</source>
        <translation></translation>
    </message>
    <message>
        <source>Whom do you invite?</source>
        <translation></translation>
    </message>
    <message>
        <source>They get a single-use code, valid for 7 days, to join this home with their own account.</source>
        <translation></translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave this home?</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation></translation>
    </message>
    <message>
        <source>You will no longer see this home&apos;s repairs and bills. Your other homes stay. To come back you need a new code.</source>
        <translation></translation>
    </message>
    <message>
        <source>They will no longer see this home&apos;s repairs and bills, on any phone. Their own past requests stay on record.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JoinCodeCard</name>
    <message>
        <source>Join code for a %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved on this phone. The code appears when you are back online.</source>
        <translation></translation>
    </message>
    <message>
        <source>The code appears in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Single use, valid until %1. They enter it under “Join my home”, or scan it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JoinCodePage</name>
    <message>
        <source>Join code</source>
        <translation></translation>
    </message>
    <message>
        <source>In the Courtyard app: Join a home, then scan this code or type it. It works once.</source>
        <translation></translation>
    </message>
    <message>
        <source>The code is drawn by the server: it shows here as soon as this phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoke this code</source>
        <translation></translation>
    </message>
    <message>
        <source>This code is not on this phone</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join my home</source>
        <translation></translation>
    </message>
    <message>
        <source>Your property office or the owner of your home gives you a join code. Type it or scan its QR code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation></translation>
    </message>
    <message>
        <source>8 letters and digits, e.g. ABCD-EFGH</source>
        <translation></translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation></translation>
    </message>
    <message>
        <source>This device has no camera to scan with. Type the code instead: it is printed under the QR code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation></translation>
    </message>
    <message>
        <source>As your neighbours and the office know you</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>You sign in with it</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>At least 8 characters, not your phone number, not a common word</source>
        <translation></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JoinTargetCard</name>
    <message>
        <source>This code is for</source>
        <translation></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>You join as</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>Closed automatically after %n day(s) without an answer</source>
        <translation>
            <numerusform>Closed automatically after %n day without an answer</numerusform>
            <numerusform>Closed automatically after %n days without an answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>On site</source>
        <translation></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation></translation>
    </message>
    <message>
        <source>High</source>
        <translation></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation></translation>
    </message>
    <message>
        <source>Low</source>
        <translation></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation></translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation></translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation></translation>
    </message>
    <message>
        <source>Heating &amp; air</source>
        <translation></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation></translation>
    </message>
    <message>
        <source>Common areas</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation></translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened to the pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Taken from the pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked in on site</source>
        <translation></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed and rated</source>
        <translation></translation>
    </message>
    <message>
        <source>Not fixed: reopened</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Call-back recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation></translation>
    </message>
    <message>
        <source>Converted to a repair</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A priority changed from one level to another, e.g. &quot;Normal → Urgent&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Assigned by round-robin</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Switch language</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LogRequestPage</name>
    <message>
        <source>That did not work.</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation></translation>
    </message>
    <message>
        <source>Taken by phone or at the front desk</source>
        <translation></translation>
    </message>
    <message>
        <source>The order is for the resident registered to the unit. It ends with your call-back instead of the resident&apos;s rating.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>What the resident reports</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Water drips from the ceiling of the bathroom since this morning.</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone to call back</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: the number the resident called from, to reach them again.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation></translation>
    </message>
    <message>
        <source>Log request</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional, up to %1: from the resident&apos;s messages or taken at the desk.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Courtyard Resident</source>
        <translation></translation>
    </message>
    <message>
        <source>Repairs, bills and notices for your home, in one place.</source>
        <translation></translation>
    </message>
    <message>
        <source>Courtyard Staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Work orders, fees and your estates, for the property team.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <source>My home</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>No unit registered yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation></translation>
    </message>
    <message>
        <source>My account</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Estates</source>
        <translation></translation>
    </message>
    <message>
        <source>No estate assigned yet</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MyDutyPage</name>
    <message>
        <source>My duty</source>
        <translation></translation>
    </message>
    <message>
        <source>You are on duty</source>
        <translation></translation>
    </message>
    <message>
        <source>You are off duty</source>
        <translation></translation>
    </message>
    <message>
        <source>New requests can be given to you.</source>
        <translation></translation>
    </message>
    <message>
        <source>No new requests reach you; your open orders stay yours.</source>
        <translation></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MyHomesSection</name>
    <message>
        <source>My homes</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests you make are for the home marked “acting for”. Tap another to switch.</source>
        <translation></translation>
    </message>
    <message>
        <source>No home yet. Add one with the code from your property office.</source>
        <translation></translation>
    </message>
    <message>
        <source>acting for</source>
        <translation></translation>
    </message>
    <message>
        <source>People and invitations</source>
        <translation></translation>
    </message>
    <message>
        <source>Add another home with a code</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Changes that were refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <source>What is it?</source>
        <translation></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation></translation>
    </message>
    <message>
        <source>Question</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation></translation>
    </message>
    <message>
        <source>What is wrong, and since when?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional, up to %1. Location data is removed before sending.</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: the technician calls this number before coming.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 13800000000</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NewRequestPage</name>
    <message>
        <source>You are signed out.</source>
        <translation></translation>
    </message>
    <message>
        <source>New request</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline: it will be sent when you are back online</source>
        <translation></translation>
    </message>
    <message>
        <source>Some details are missing or need a change; see the messages below.</source>
        <translation></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened, what is next…</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff only: the resident never sees it</source>
        <translation></translation>
    </message>
    <message>
        <source>The resident sees this note</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation></translation>
    </message>
    <message>
        <source>Please wait a moment and try again.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>Please try again in %n second.</numerusform>
            <numerusform>Please try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Please try again in %n minute.</numerusform>
            <numerusform>Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are offline or the server cannot be reached. What you typed is kept: try again when you have a connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code is not known. Check the letters and digits (there is no 0, O, 1 or I) and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code has already been used. Each code works once: ask whoever gave it to you for a new one.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code has expired. Ask your property office or the owner for a new one.</source>
        <translation></translation>
    </message>
    <message>
        <source>This code was withdrawn by whoever issued it. Ask them for a new one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many wrong codes from this phone.</source>
        <translation></translation>
    </message>
    <message>
        <source>You already belong to this home.</source>
        <translation></translation>
    </message>
    <message>
        <source>The code could not be used. Please try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Do not use your phone number in your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is based on a dictionary word. Choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is too similar to the old one.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is a common pattern. Mix words, digits and signs.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is too easy to guess: at least 8 characters, not your phone number, not a common word or pattern.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OnboardingModule</name>
    <message>
        <source>Join my home</source>
        <translation></translation>
    </message>
    <message>
        <source>Set a password with a code</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderDetailPage</name>
    <message>
        <source>Accepted</source>
        <translation></translation>
    </message>
    <message>
        <source>The order is yours</source>
        <translation></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · saved on this phone, sent when back online</source>
        <translation></translation>
    </message>
    <message>
        <source>This order is not on this phone (any more).</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderDialogs</name>
    <message>
        <source>Set priority</source>
        <translation></translation>
    </message>
    <message>
        <source>The priority sets the answer and fix deadlines from the estate&apos;s service levels.</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Open to the pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent to the next technician on duty</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked in · no GPS fix recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>Convert to a repair order</source>
        <translation></translation>
    </message>
    <message>
        <source>The complaint becomes a repair order of this category; every photo and note stays.</source>
        <translation></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation></translation>
    </message>
    <message>
        <source>Now a repair order</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff-only note added</source>
        <translation></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation></translation>
    </message>
    <message>
        <source>Call-back to the resident</source>
        <translation></translation>
    </message>
    <message>
        <source>Why is the work paused? The resident sees the reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Why is the order withdrawn? The resident sees the reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>What did the resident say about the repair? This closes the order.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation></translation>
    </message>
    <message>
        <source>Record and close</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation></translation>
    </message>
    <message>
        <source>Resident not at home</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs a specialist contractor</source>
        <translation></translation>
    </message>
    <message>
        <source>Resident satisfied with the repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Resident not reachable</source>
        <translation></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Call-back recorded: order closed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Release to sync now</source>
        <translation></translation>
    </message>
    <message>
        <source>Pull to sync now</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline: this list shows what the phone has; new orders arrive with the signal.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderSummaryCard</name>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Logged by the office · call back</source>
        <translation></translation>
    </message>
    <message>
        <source>Was a complaint</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>In the pool: any technician may take it</source>
        <translation></translation>
    </message>
    <message>
        <source>Not dispatched yet</source>
        <translation></translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderWorkCard</name>
    <message>
        <source>Work on site</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) worked</source>
        <translation>
            <numerusform>%n minute worked</numerusform>
            <numerusform>%n minutes worked</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Work orders</source>
        <translation></translation>
    </message>
    <message>
        <source>My work</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OwedCard</name>
    <message>
        <source>Owed now · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (prepaid), used on your next bills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkingPage</name>
    <message>
        <source>Parking space %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New parking space</source>
        <translation></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a parking space</source>
        <translation></translation>
    </message>
    <message>
        <source>No parking spaces yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the estate&apos;s spaces with the + button.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Number, e.g. B2-017</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a unit to assign, e.g. 3栋 1202</source>
        <translation></translation>
    </message>
    <message>
        <source>No unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>Part, e.g. PPR elbow 20 mm</source>
        <translation></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a part used</source>
        <translation></translation>
    </message>
    <message>
        <source>Add another part</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>Reversed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is not on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull down on the Bills tab to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional receipt number: the property office&apos;s server has not confirmed this payment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PhotoTray</name>
    <message>
        <source>That file is not a photo.</source>
        <translation></translation>
    </message>
    <message>
        <source>That photo is too large.</source>
        <translation></translation>
    </message>
    <message>
        <source>That photo could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no room to keep that photo on this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 photos.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in to add photos.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PhotoTrayField</name>
    <message numerus="yes">
        <source>You can add up to %n photo(s).</source>
        <translation>
            <numerusform>You can add %n photo at most.</numerusform>
            <numerusform>You can add up to %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlaceSection</name>
    <message>
        <source>Where?</source>
        <translation></translation>
    </message>
    <message>
        <source>My home</source>
        <translation></translation>
    </message>
    <message>
        <source>Common area</source>
        <translation></translation>
    </message>
    <message>
        <source>No unit is registered to you yet. Choose a common area, or ask the property office to add your unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Lift hall, building 3</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: add your position to help find the place</source>
        <translation></translation>
    </message>
    <message>
        <source>Position added · accuracy unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Position added · ±%1 m</source>
        <translation></translation>
    </message>
    <message>
        <source>No fix: the app may not use your position</source>
        <translation></translation>
    </message>
    <message>
        <source>No fix: no signal here; the words above are enough</source>
        <translation></translation>
    </message>
    <message>
        <source>No fix: this device cannot tell its position</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>More</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Confirm the repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Glad it is fixed. How did it go? Your rating closes the order.</source>
        <translation></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation></translation>
    </message>
    <message>
        <source>Speed of response</source>
        <translation></translation>
    </message>
    <message>
        <source>Technician&apos;s service</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>Later</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm and rate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>Rating</source>
        <translation></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation></translation>
    </message>
    <message>
        <source>Speed of response</source>
        <translation></translation>
    </message>
    <message>
        <source>Technician&apos;s service</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Confirm</source>
        <translation></translation>
    </message>
    <message>
        <source>Too long: %1 characters over the limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Required · %1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional · %1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>%1 — Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.: %1 (provisional: not yet confirmed by the property office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is not on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>The office&apos;s server refused your last change</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>Open requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing open: everything you reported is done.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pull down to refresh.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading your requests…</source>
        <translation></translation>
    </message>
    <message>
        <source>Your requests show here once this phone has been online. You can still report a problem now: it is sent later.</source>
        <translation></translation>
    </message>
    <message>
        <source>Something broken at home or in the estate? Report it with a few words and photos; we keep you posted here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Report a repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>See all %n past request(s)</source>
        <translation>
            <numerusform>See the past request</numerusform>
            <numerusform>See all %n past requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordPage</name>
    <message>
        <source>Set a password with a code</source>
        <translation></translation>
    </message>
    <message>
        <source>Forgot your password, or new here? Ask your property office for a one-time code, then choose your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>The code from your property office</source>
        <translation></translation>
    </message>
    <message>
        <source>New password</source>
        <translation></translation>
    </message>
    <message>
        <source>At least 8 characters, not your phone number, not a common word</source>
        <translation></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation></translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResidentShell</name>
    <message>
        <source>Home</source>
        <translation></translation>
    </message>
    <message>
        <source>Me</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents &amp; join codes</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Building and number, e.g. 3栋 1202</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Type its building and number to see who lives there and its join codes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody has joined this unit yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Send a password reset code</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove from the unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Join codes</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue a code</source>
        <translation></translation>
    </message>
    <message>
        <source>No codes issued for this unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue a join code</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation></translation>
    </message>
    <message>
        <source>For</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>The code works once. Whoever enters it joins this unit with the app.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation></translation>
    </message>
    <message>
        <source>Send %1 a reset code?</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Send</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>A reset code goes to their phone when this phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Their access to the unit ends at once: they no longer see its requests, notices or bills.</source>
        <translation></translation>
    </message>
    <message>
        <source>A one-time code is texted to their phone; with it they choose a new password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <source>What was done</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Replaced the leaking valve under the sink and tested for 10 minutes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: each part with its quantity.</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation></translation>
    </message>
    <message>
        <source>min</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResolvePage</name>
    <message>
        <source>Please check the marked fields.</source>
        <translation></translation>
    </message>
    <message>
        <source>Photos are still being prepared…</source>
        <translation></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signature could not be saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolve order</source>
        <translation></translation>
    </message>
    <message>
        <source>Photos of the fix</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional, up to 6.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: the resident signs on this phone&apos;s screen.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation></translation>
    </message>
    <message>
        <source>Let the resident sign</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation></translation>
    </message>
    <message>
        <source>The resident is then asked to confirm the fix and rate it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the QR code</source>
        <translation></translation>
    </message>
    <message>
        <source>Hold the QR code inside the frame.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShellFrame</name>
    <message>
        <source>Home</source>
        <translation></translation>
    </message>
    <message>
        <source>Me</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the phone number registered with your property office.</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation></translation>
    </message>
    <message>
        <source>Forgot your password? Please contact your property service centre.</source>
        <translation></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature area</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SignatureSheet</name>
    <message>
        <source>Resident&apos;s signature</source>
        <translation></translation>
    </message>
    <message>
        <source>Hand the phone to the resident</source>
        <translation></translation>
    </message>
    <message>
        <source>By signing, the resident confirms that the work was done in their presence.</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SlaSection</name>
    <message>
        <source>SLA targets</source>
        <translation></translation>
    </message>
    <message>
        <source>How soon an order of each priority is answered and resolved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Respond within %1 · resolve within %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffEditPage</name>
    <message>
        <source>Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>A reset code goes to their phone when this phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation></translation>
    </message>
    <message>
        <source>The account has no password yet: the server texts a setup code to this phone, and the person sets their password with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Now %1. Leave empty to keep it.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 139 0000 0000</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Estates</source>
        <translation></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Send a password reset code</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation></translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Send a reset code?</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation></translation>
    </message>
    <message>
        <source>Send</source>
        <translation></translation>
    </message>
    <message>
        <source>They are signed out on every device at once and can no longer sign in. Their orders stay; reassign open ones.</source>
        <translation></translation>
    </message>
    <message>
        <source>They can sign in again with their password.</source>
        <translation></translation>
    </message>
    <message>
        <source>A one-time code is texted to their phone; with it they choose a new password, and their other sessions end.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation></translation>
    </message>
    <message>
        <source>No staff accounts yet</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffShell</name>
    <message>
        <source>Home</source>
        <translation></translation>
    </message>
    <message>
        <source>Me</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Courtyard: residential property management.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server to use (https only).</source>
        <translation></translation>
    </message>
    <message>
        <source>An extra trusted CA certificate (PEM file).</source>
        <translation></translation>
    </message>
    <message>
        <source>The UI language: zh_CN or en.</source>
        <translation></translation>
    </message>
    <message>
        <source>Load all QML and quit.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Offline: changes are kept on this phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the property office&apos;s server and need your attention</source>
        <translation>
            <numerusform>%n change was refused by the property office&apos;s server and needs your attention</numerusform>
            <numerusform>%n changes were refused by the property office&apos;s server and need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <source>Offline</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>%n change waiting to send</numerusform>
            <numerusform>%n changes waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>your work is kept on this phone</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TechnicianDelegate</name>
    <message>
        <source>On duty</source>
        <translation></translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n open order</numerusform>
            <numerusform>%n open orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Please confirm the repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Write something first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The text holds characters that cannot be sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters (%2 now).</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose what kind of request this is.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe the problem in a few words.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say where it is, e.g. &quot;Lift hall, building 3&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The end of the visit window must be after its start.</source>
        <translation></translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 photos.</source>
        <translation></translation>
    </message>
    <message>
        <source>Photos are still being prepared; a moment please.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a phone number of %1 to %2 digits.</source>
        <translation></translation>
    </message>
    <message>
        <source>Technicians do not file requests.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the resident&apos;s unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>That unit is not yours.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your account belongs to no estate.</source>
        <translation></translation>
    </message>
    <message>
        <source>This request is not on this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>This request is in an unknown state.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not do this on this request.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not possible in the request&apos;s present state.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation></translation>
    </message>
    <message>
        <source>The position fix is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the work waits.</source>
        <translation></translation>
    </message>
    <message>
        <source>This device does not know where the work stood before the hold; sync first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation></translation>
    </message>
    <message>
        <source>Each part needs a name and a quantity from %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 parts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes worked must be 0 or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give each rating from 1 to 5 stars.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say what is still wrong.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only staff write internal notes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write what the resident said.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a complaint can be converted into a repair order.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>Internal note</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded offline · received %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Any time that suits the office</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A visit window: the day, from, to (&quot;Tue 3 Jun, 09:00 – 12:00&quot;)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Checked in %1 · no GPS fix recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked in %1 · GPS fix, accuracy unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked in %1 · GPS fix ±%2 m</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketDetailPage</name>
    <message>
        <source>Request %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation></translation>
    </message>
    <message>
        <source>It may have been removed, or it is not on this phone yet. Pull to refresh on the home screen.</source>
        <translation></translation>
    </message>
    <message>
        <source>The property office could not accept your last change</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved on this phone. It goes to the property office when you are back online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved on this phone and being sent to the property office.</source>
        <translation></translation>
    </message>
    <message>
        <source>Is it fixed?</source>
        <translation></translation>
    </message>
    <message>
        <source>The technician marked this as done. Confirm and rate it, or tell us what is still wrong and it reopens.</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes, confirm and rate</source>
        <translation></translation>
    </message>
    <message>
        <source>No, it is not fixed</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation></translation>
    </message>
    <message>
        <source>What is still wrong?</source>
        <translation></translation>
    </message>
    <message>
        <source>The request reopens and the office sends someone again.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. The tap still drips at night</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel this request?</source>
        <translation></translation>
    </message>
    <message>
        <source>The property office stops working on it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketPolicy</name>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>No new requests</source>
        <translation></translation>
    </message>
    <message>
        <source>New repair requests and complaints appear here first.</source>
        <translation></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing in progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted and dispatched orders appear here.</source>
        <translation></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing on hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders waiting for parts or the resident appear here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing awaiting an answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Fixed orders wait here for the resident&apos;s confirmation or your call-back.</source>
        <translation></translation>
    </message>
    <message>
        <source>My orders</source>
        <translation></translation>
    </message>
    <message>
        <source>No orders for you</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders assigned to you appear here, most urgent first. Take one from the pool.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>The pool is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders the office opens to all technicians appear here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Your resolved orders and the residents&apos; ratings appear here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing open: everything you reported is done.</source>
        <translation></translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation></translation>
    </message>
    <message>
        <source>No past requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests you confirmed or cancelled show here.</source>
        <translation></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation></translation>
    </message>
    <message>
        <source>Take this order</source>
        <translation></translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation></translation>
    </message>
    <message>
        <source>Record call-back</source>
        <translation></translation>
    </message>
    <message>
        <source>Convert to repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the part</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Say what was done</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole minutes, 0 or more</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketSla</name>
    <message>
        <source>Answered in %1 · target %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the property office</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer due in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer overdue by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Fixed in %1 · target %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Fixed in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Fix due in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Fix overdue by %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketSummaryCard</name>
    <message>
        <source>Reported %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Where</source>
        <translation></translation>
    </message>
    <message>
        <source>Response</source>
        <translation></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>No phone given</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Waiting to send</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TicketsModule</name>
    <message>
        <source>Repairs</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Is it fixed? Please confirm</source>
        <translation></translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Next order</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>My orders</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>New requests</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>Awaiting answer</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnitArea</name>
    <message>
        <source>Enter the floor area in m².</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a number such as 89.50.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most two decimals (0.01 m²).</source>
        <translation></translation>
    </message>
    <message>
        <source>Between 0.01 and 100000 m².</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnitEditPage</name>
    <message>
        <source>Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 1202</source>
        <translation></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation></translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation></translation>
    </message>
    <message>
        <source>As on the deed, at most two decimals.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 89.50</source>
        <translation></translation>
    </message>
    <message>
        <source>Use</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>%n row: %1 new, %2 updated, %3 unchanged</numerusform>
            <numerusform>%n rows: %1 new, %2 updated, %3 unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown building %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unit %1 appears twice in the file</source>
        <translation></translation>
    </message>
    <message>
        <source>the area %1 is not a number with at most two decimals</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; split it into parts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in again to import.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline. Importing needs a connection; try again when online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a manager of this estate can import units.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many imports just now; wait a minute and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not take the file. Check it against the template.</source>
        <translation></translation>
    </message>
    <message>
        <source>the file has more than 50,000 rows</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Change unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Search by building or unit number</source>
        <translation></translation>
    </message>
    <message>
        <source>No unit matches “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Search by number, e.g. 1202</source>
        <translation></translation>
    </message>
    <message>
        <source>No unit matches</source>
        <translation></translation>
    </message>
    <message>
        <source>No units yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add units with the + button or import a file.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VisitWindowSection</name>
    <message>
        <source>Preferred visit time</source>
        <translation></translation>
    </message>
    <message>
        <source>The office plans the visit in this window if it can.</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional: any time that suits the office</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a visit time</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ArrearsDelegate</name>
    <message>
        <source>Early warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Last reminder: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a reminder</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <source>Arrears</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · %1</source>
        <translation>
            <numerusform>%n unit · %1</numerusform>
            <numerusform>%n units · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation></translation>
    </message>
    <message>
        <source>By amount</source>
        <translation></translation>
    </message>
    <message>
        <source>By age</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) past the early-warning threshold</source>
        <translation>
            <numerusform>%n unit past the early-warning threshold</numerusform>
            <numerusform>%n units past the early-warning threshold</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrears</source>
        <translation></translation>
    </message>
    <message>
        <source>Every bill past due is paid.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ArrearsReminderDialog</name>
    <message>
        <source>Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminder logged. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Promised to pay by (YYYY-MM-DD):</source>
        <translation></translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation></translation>
    </message>
    <message>
        <source>Log the promise</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Collection</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation></translation>
    </message>
    <message>
        <source>Collection rate %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 collected of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Households paid in full: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Arrears recovered: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>By month</source>
        <translation></translation>
    </message>
    <message>
        <source>Tap a month for its figures.</source>
        <translation></translation>
    </message>
    <message>
        <source>By building</source>
        <translation></translation>
    </message>
    <message>
        <source>Asking the server for the figures…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation></translation>
    </message>
    <message>
        <source>No bill of these months is past its due date, so there is no rate yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeArrearsModel</name>
    <message numerus="yes">
        <source>%n bill(s) · %1</source>
        <translation>
            <numerusform>%n bill · %1</numerusform>
            <numerusform>%n bills · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeCollection</name>
    <message numerus="yes">
        <source>%1 (%2 of %n households)</source>
        <translation>
            <numerusform>%1 (%2 of %Ln household)</numerusform>
            <numerusform>%1 (%2 of %Ln households)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 in arrears)</source>
        <translation></translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in again to see the figures.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick the months to show.</source>
        <translation></translation>
    </message>
    <message>
        <source>This estate shows its collection figures to managers only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not give the figures. Try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline. The collection figures come from the server; they show when you are online again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeDesk</name>
    <message>
        <source>Pick a unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter an amount in yuan, at most two decimals (1234.50).</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick how it was paid.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>A bill picked owes nothing now.</source>
        <translation></translation>
    </message>
    <message>
        <source>This phone&apos;s store cannot be written.</source>
        <translation></translation>
    </message>
    <message>
        <source>This payment is not on this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>This payment is reversed already.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bill is not on this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bill is waived already.</source>
        <translation></translation>
    </message>
    <message>
        <source>Something is paid on this bill: reverse the payment first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the bill is waived.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick how the resident was reminded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick what came of it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick the day the resident promised to pay by.</source>
        <translation></translation>
    </message>
    <message>
        <source>The promised day cannot lie in the past.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick the meter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the meter&apos;s figure, at most two decimals.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the new meter&apos;s start figure.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lower than the last reading: mark a meter replacement if the meter was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The new meter cannot show less than its start figure.</source>
        <translation></translation>
    </message>
    <message>
        <source>A meter reading cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick what the item is charged on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick how a line is rounded.</source>
        <translation></translation>
    </message>
    <message>
        <source>A share from 0 to 100%, at most one decimal.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown unit use.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown unit status.</source>
        <translation></translation>
    </message>
    <message>
        <source>This estate is not on this device yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>This fee item is not on this device yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>A month as 2026-12.</source>
        <translation></translation>
    </message>
    <message>
        <source>This item has a rate from that month already.</source>
        <translation></translation>
    </message>
    <message>
        <source>A rate in yuan, at most four decimals (2.35).</source>
        <translation></translation>
    </message>
    <message>
        <source>A day from 1 to 31 (31: the month&apos;s last day).</source>
        <translation></translation>
    </message>
    <message>
        <source>From 0 to 12 months after the period.</source>
        <translation></translation>
    </message>
    <message>
        <source>A daily rate from 0.01% to 1%.</source>
        <translation></translation>
    </message>
    <message>
        <source>From 0 to 365 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>A cap from 0.1% to 100% of the bill, at most one decimal.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter an amount in yuan (0: no warning by amount).</source>
        <translation></translation>
    </message>
    <message>
        <source>From 0 to 120 months (0: no warning by age).</source>
        <translation></translation>
    </message>
    <message>
        <source>At most 2000 characters.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeGeneration</name>
    <message>
        <source>Sign in again to make bills.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a manager of this estate can make bills.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not make the bills.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are offline. Bills are made on the server; try again when online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Units</source>
        <translation></translation>
    </message>
    <message>
        <source>Bills to make</source>
        <translation></translation>
    </message>
    <message>
        <source>Bills made</source>
        <translation></translation>
    </message>
    <message>
        <source>Made before (unchanged)</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped (no fee applies)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total billed</source>
        <translation></translation>
    </message>
    <message>
        <source>Late fees in it</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation></translation>
    </message>
    <message>
        <source>A month as %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeItemEditPage</name>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate added. It applies to bills from %1 on.</source>
        <translation></translation>
    </message>
    <message>
        <source>New fee item</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 物业费</source>
        <translation>e.g. Property fee</translation>
    </message>
    <message>
        <source>Charged on</source>
        <translation></translation>
    </message>
    <message>
        <source>Rounding of each line</source>
        <translation></translation>
    </message>
    <message>
        <source>Units it applies to</source>
        <translation></translation>
    </message>
    <message>
        <source>None ticked: every unit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Vacant units pay (% of the rate)</source>
        <translation></translation>
    </message>
    <message>
        <source>Active (billed)</source>
        <translation></translation>
    </message>
    <message>
        <source>Create item</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation></translation>
    </message>
    <message>
        <source>Each applies to the bills of its month and after, until the next.</source>
        <translation></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New rate</source>
        <translation></translation>
    </message>
    <message>
        <source>yuan, e.g. 2.35</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeItemsPage</name>
    <message>
        <source>Fee items &amp; rates</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a fee item</source>
        <translation></translation>
    </message>
    <message>
        <source>No fee items yet</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeStaff</name>
    <message>
        <source>%1 per %2 a month</source>
        <translation></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit accounts</source>
        <translation></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation></translation>
    </message>
    <message>
        <source>Fee items &amp; rates</source>
        <translation></translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Bill generation</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeeStaffWords</name>
    <message>
        <source>Water</source>
        <translation></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation></translation>
    </message>
    <message>
        <source>Property fee (by area)</source>
        <translation></translation>
    </message>
    <message>
        <source>Parking (per space)</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance fund (by area)</source>
        <translation></translation>
    </message>
    <message>
        <source>Water (metered)</source>
        <translation></translation>
    </message>
    <message>
        <source>Electricity (metered)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation></translation>
    </message>
    <message>
        <source>space</source>
        <translation></translation>
    </message>
    <message>
        <source>unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Half up (to the nearest fen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Up</source>
        <translation></translation>
    </message>
    <message>
        <source>Down</source>
        <translation></translation>
    </message>
    <message>
        <source>≤ 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation></translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation></translation>
    </message>
    <message>
        <source>&gt; 180 days</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateBillsPage</name>
    <message>
        <source>Bill generation</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>The month the bills are for (YYYY-MM).</source>
        <translation></translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation></translation>
    </message>
    <message>
        <source>Bills made for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Dry run for %1: nothing made yet</source>
        <translation></translation>
    </message>
    <message>
        <source>They reach the phones with the next sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the figures, then make the bills.</source>
        <translation></translation>
    </message>
    <message>
        <source>Make the bills</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PaymentFormPage</name>
    <message>
        <source>Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount received (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 1234.50</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation></translation>
    </message>
    <message>
        <source>Bills it pays</source>
        <translation></translation>
    </message>
    <message>
        <source>None ticked: the oldest bills first, the rest is kept as credit.</source>
        <translation></translation>
    </message>
    <message>
        <source>In the order ticked; the rest is kept as credit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing owed: the whole amount is kept as credit.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept as credit: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReadingRoundPage</name>
    <message>
        <source>Meter readings</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 read this month</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation></translation>
    </message>
    <message>
        <source>Next unread unit</source>
        <translation></translation>
    </message>
    <message>
        <source>first reading</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No units in this building</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReadingUnitPage</name>
    <message>
        <source>Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved on this phone. Next: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation></translation>
    </message>
    <message>
        <source>None yet: this is the meter&apos;s first reading</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading now</source>
        <translation></translation>
    </message>
    <message>
        <source>The figure on the meter</source>
        <translation></translation>
    </message>
    <message>
        <source>The meter was replaced</source>
        <translation></translation>
    </message>
    <message>
        <source>New meter&apos;s start figure</source>
        <translation></translation>
    </message>
    <message>
        <source>Photo of the meter (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>%1 will no longer count as paid; the bills it paid are owed again. Say why.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reverse this payment?</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 银行转账被退回</source>
        <translation>e.g. The bank transfer was returned</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation></translation>
    </message>
    <message>
        <source>Reversed. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffFeePolicyPage</name>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation></translation>
    </message>
    <message>
        <source>31: the last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Months after the period</source>
        <translation></translation>
    </message>
    <message>
        <source>0: the same month</source>
        <translation></translation>
    </message>
    <message>
        <source>Charge a late fee (滞纳金)</source>
        <translation>Charge a late fee</translation>
    </message>
    <message>
        <source>% per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation></translation>
    </message>
    <message>
        <source>Cap, % of bill</source>
        <translation></translation>
    </message>
    <message>
        <source>Early warning (欠费预警)</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <source>A unit is marked when its arrears reach either threshold; 0 turns one off.</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Months overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment instructions for residents</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 物业服务中心前台（工作日 9:00–17:00），或转账至 …</source>
        <translation>e.g. At the service desk (weekdays 9:00–17:00), or by transfer to …</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Collection figures</source>
        <translation></translation>
    </message>
    <message>
        <source>Managers always see the collection rates; agents only when this is on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Agents may see the collection figures</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffUnitAccountPage</name>
    <message>
        <source>Record a payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Remind</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit (预存): %1, used on the next bills</source>
        <translation>Credit: %1, used on the next bills</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation></translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation></translation>
    </message>
    <message>
        <source>No bills for this unit yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffUnitSearchPage</name>
    <message>
        <source>Unit accounts</source>
        <translation></translation>
    </message>
    <message>
        <source>Building or unit number, e.g. 0301</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <source>The bill for %1 will no longer be owed. Say why; the reason is kept with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Waive this bill?</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 开发商承担空置期物业费</source>
        <translation>e.g. The developer pays for the vacant months</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation></translation>
    </message>
    <message>
        <source>Waived. It is sent when the phone is online.</source>
        <translation></translation>
    </message>
</context>
</TS>
