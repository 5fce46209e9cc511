<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ComingSoonCard</name>
    <message>
        <source>%1, coming soon</source>
        <translation>%1，即将上线</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>即将上线</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>连接异常</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>FeatureTile</name>
    <message>
        <source>%1, coming soon</source>
        <translation>%1，即将上线</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>即将上线</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>My home</source>
        <translation>我的房屋</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>No unit registered yet</source>
        <translation>尚未登记房屋</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>These arrive in the next updates of the app.</source>
        <translation>以下功能将在后续版本中陆续上线。</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单缴费</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>No estate assigned yet</source>
        <translation>尚未分配小区</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>These tools arrive in the next updates of the app.</source>
        <translation>以下工具将在后续版本中陆续上线。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Open and overdue work orders, response times, fee collection and satisfaction, per estate.</source>
        <translation>按小区查看未完成与超时工单、响应时长、收缴率和满意度。</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单管理</translation>
    </message>
    <message>
        <source>Triage new repair requests and complaints, set priority and dispatch to technicians.</source>
        <translation>受理新的报修和投诉，设定优先级并派单给维修工。</translation>
    </message>
    <message>
        <source>My work orders</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Orders assigned to you, by priority and deadline. Check in on site and resolve, even offline.</source>
        <translation>按优先级和时限查看派给您的工单，现场签到、完工处理，离线也能用。</translation>
    </message>
    <message>
        <source>Order pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>Unassigned orders of your estate that you can take.</source>
        <translation>本小区尚未派出的工单，可自行抢单。</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡检保养</translation>
    </message>
    <message>
        <source>Daily rounds and maintenance checklists for pumps, switchgear, HVAC and lifts.</source>
        <translation>水泵、配电、空调和电梯的日常巡检与保养检查表。</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费管理</translation>
    </message>
    <message>
        <source>Record payments, follow arrears by building and send reminders.</source>
        <translation>登记缴费，按楼栋跟进欠费并发送催缴提醒。</translation>
    </message>
    <message>
        <source>Events and surveys</source>
        <translation>活动与问卷</translation>
    </message>
    <message>
        <source>Publish community events, manage sign-ups and read satisfaction survey results.</source>
        <translation>发布社区活动、管理报名，查看满意度调查结果。</translation>
    </message>
    <message>
        <source>Publish outage, maintenance and community notices to residents.</source>
        <translation>向住户发布停水停电、设备维护和社区通知。</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Courtyard Resident</source>
        <translation>庭院物业 · 住户</translation>
    </message>
    <message>
        <source>Repairs, bills and notices for your home, in one place.</source>
        <translation>报修、缴费、通知，居家事务一站办理。</translation>
    </message>
    <message>
        <source>Courtyard Staff</source>
        <translation>庭院物业 · 员工</translation>
    </message>
    <message>
        <source>Work orders, fees and your estates, for the property team.</source>
        <translation>工单、收费与小区管理，物业团队的工作台。</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your phone number and password.</source>
        <translation>请输入手机号和密码。</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>请输入有效的手机号。</translation>
    </message>
    <message>
        <source>Wrong phone number or password.</source>
        <translation>手机号或密码错误。</translation>
    </message>
    <message>
        <source>This is a staff account. Please use the Courtyard Staff app.</source>
        <translation>这是物业员工账号，请使用“庭院物业 · 员工”应用登录。</translation>
    </message>
    <message>
        <source>This is a resident account. Please use the Courtyard Resident app.</source>
        <translation>这是业主/住户账号，请使用“庭院物业 · 住户”应用登录。</translation>
    </message>
    <message>
        <source>You have been signed out. Please sign in again.</source>
        <translation>您已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your network connection and try again.</source>
        <translation>无法连接服务器，请检查网络后重试。</translation>
    </message>
    <message>
        <source>The server is not answering. Please try again.</source>
        <translation>服务器没有响应，请稍后重试。</translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>安全连接失败：服务器证书不受信任。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>尝试次数过多，请稍等一分钟再试。</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>服务器出现问题，请稍后再试。</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>出现错误，请重试。</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>业主/住户</translation>
    </message>
    <message>
        <source>Customer service agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the names of several estates or units</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Use the phone number registered with your property office.</source>
        <translation>请使用在物业服务中心登记的手机号登录。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation>例如 138 0000 0000</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Forgot your password? Please contact your property service centre.</source>
        <translation>忘记密码？请联系物业服务中心。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Courtyard: residential property management.</source>
        <translation>庭院物业：住宅物业管理。</translation>
    </message>
    <message>
        <source>The server to use (https only).</source>
        <translation>要连接的服务器（仅限 https）。</translation>
    </message>
    <message>
        <source>An extra trusted CA certificate (PEM file).</source>
        <translation>额外信任的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <source>The UI language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Save screenshots to a folder and quit.</source>
        <translation>将截图保存到文件夹后退出。</translation>
    </message>
    <message>
        <source>Load all QML and quit.</source>
        <translation>加载全部 QML 后退出。</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Offline: changes are kept on this phone</source>
        <translation>离线：修改已保存在本机</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation>已是最新 · %1 同步</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项修改等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the property office&apos;s server and need your attention</source>
        <translation>
            <numerusform>%n 项修改被物业服务器拒绝，请查看处理</numerusform>
        </translation>
    </message>
</context>
</TS>
