<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckInDialog</name>
    <message>
        <source>The app may not use the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPS signal here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no position source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in without GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of your arrival is recorded now, with your position if the phone finds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS fix found (accuracy unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS fix found, accurate to ±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPS fix: the check-in will record that there was none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick who goes; their open orders are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technicians in this estate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any technician of the estate can take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (round robin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next technician on duty gets it.</source>
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
    <name>Format</name>
    <message>
        <source>d MMM, HH:mm</source>
        <extracomment>Date and time pattern (Qt&apos;s QDateTime::toString): short, no year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date pattern (Qt&apos;s QDate::toString): short, no year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern with the weekday (Qt&apos;s QDate::toString)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No past requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests you confirmed or cancelled show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeFooter</name>
    <message>
        <source>Past requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>See all %n past request(s)</source>
        <translation>
            <numerusform>See the past request</numerusform>
            <numerusform>See all %n past requests</numerusform>
        </translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeHeader</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. This is what your phone has; new requests are kept and sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open: everything you reported is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull down to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the property office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching them from the property office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests show here once this phone has been online. You can still report a problem now: it is sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something broken at home or in the estate? Report it with a few words and photos; we keep you posted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
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
        <source>My work orders</source>
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
    <message>
        <source>Report a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating &amp; air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk</source>
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
        <source>Courtyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed and rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fixed: reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
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
    <name>LogRequestPage</name>
    <message>
        <source>Describe the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 20 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by phone or at the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is for the resident registered to the unit. It ends with your call-back instead of the resident&apos;s rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Water drips from the ceiling of the bathroom since this morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the number the resident called from, to reach them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to 6: from the resident&apos;s messages or taken at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log request</source>
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
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Changes that were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <source>Choose what kind of request this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where it is, e.g. &quot;Lift hall, building 3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the visit window must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are still being prepared; a moment please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number of 5 to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, and since when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to %1. Location data is removed before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the technician calls this number before coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13800000000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestPage</name>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: it will be sent when you are back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details are missing or need a change; see the messages below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what is next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: the resident never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident sees this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderActionBar</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailPage</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · saved on this phone, sent when back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not on this phone (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialogs</name>
    <message>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority sets the answer and fix deadlines from the estate&apos;s service levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the next technician on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in · no GPS fix recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to a repair order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint becomes a repair order of this category; every photo and note stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now a repair order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-only note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the work paused? The resident sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order withdrawn? The resident sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the resident say about the repair? This closes the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a specialist contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident satisfied with the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back recorded: order closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Release to sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull to sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline: this list shows what the phone has; new orders arrive with the signal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSummaryCard</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by the office · call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the pool: any technician may take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dispatched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderWorkCard</name>
    <message>
        <source>Checked in %1 · no GPS fix recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 · GPS fix, accuracy unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 · GPS fix ±%2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on site</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New repair requests and complaints appear here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and dispatched orders appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders waiting for parts or the resident appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaiting an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed orders wait here for the resident&apos;s confirmation or your call-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders assigned to you appear here, most urgent first. Take one from the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders the office opens to all technicians appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your resolved orders and the residents&apos; ratings appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>Name the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part, e.g. PPR elbow 20 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoTray</name>
    <message>
        <source>At most %1 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to add photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That photo could not be read.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceSection</name>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is registered to you yet. Choose a common area, or ask the property office to add your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lift hall, building 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: add your position to help find the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position added · accuracy unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position added · ±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix: the app may not use your position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix: no signal here; the words above are enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix: this device cannot tell its position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
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
    <name>RateDialog</name>
    <message>
        <source>Confirm the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad it is fixed. How did it go? Your rating closes the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required · %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional · %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>The office&apos;s server refused your last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <source>Say what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole minutes, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Replaced the leaking valve under the sink and tested for 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: each part with its quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolvePage</name>
    <message>
        <source>Please check the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are still being prepared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the resident signs on this phone&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the resident sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is then asked to confirm the fix and rate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::Session</name>
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
    <name>SignaturePad</name>
    <message>
        <source>Signature area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureSheet</name>
    <message>
        <source>Resident&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the phone to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, the resident confirms that the work was done in their presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>Print the time to the first frame and quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the list LIST of tour step STEP, print frame times and quit (benchmarks).</source>
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
<context>
    <name>SyncStrip</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianDelegate</name>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Technicians do not file requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of request this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where: your unit or a place in the estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 6 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact phone is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account belongs to no estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is in an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not do this on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not possible in the request&apos;s present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo is missing on this device; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position fix is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the work waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part needs a name and a quantity from 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 20 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes worked must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each rating from 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is still wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff write internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the resident said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a complaint can be converted into a repair order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>Assigned by round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed automatically after %n day(s) without an answer</source>
        <translation>
            <numerusform>Closed automatically after %n day without an answer</numerusform>
            <numerusform>Closed automatically after %n days without an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketDetailPage</name>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed, or it is not on this phone yet. Pull to refresh on the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property office could not accept your last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this phone. It goes to the property office when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this phone and being sent to the property office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it fixed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technician marked this as done. Confirm and rate it, or tell us what is still wrong and it reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, confirm and rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reopens and the office sends someone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The tap still drips at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property office stops working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSla</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in %1 · target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the property office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in %1 · target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSummaryCard</name>
    <message>
        <source>Any time that suits the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded offline · received %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by building or unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWindowSection</name>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office plans the visit in this window if it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: any time that suits the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
