<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ComingSoonCard</name>
    <message>
        <source>%1, coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureTile</name>
    <message>
        <source>%1, coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>My home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These arrive in the next updates of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estate assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tools arrive in the next updates of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue work orders, response times, fee collection and satisfaction, per estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage new repair requests and complaints, set priority and dispatch to technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders assigned to you, by priority and deadline. Check in on site and resolve, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned orders of your estate that you can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily rounds and maintenance checklists for pumps, switchgear, HVAC and lifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payments, follow arrears by building and send reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish community events, manage sign-ups and read satisfaction survey results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish outage, maintenance and community notices to residents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Switch language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Courtyard Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs, bills and notices for your home, in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courtyard Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders, fees and your estates, for the property team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your phone number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong phone number or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a staff account. Please use the Courtyard Staff app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a resident account. Please use the Courtyard Resident app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not answering. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the names of several estates or units</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the phone number registered with your property office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password? Please contact your property service centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Courtyard: residential property management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to use (https only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra trusted CA certificate (PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UI language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots to a folder and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all QML and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Offline: changes are kept on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
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
</TS>
