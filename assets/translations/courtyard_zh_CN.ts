<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddHomePage</name>
    <message>
        <source>Add another home</source>
        <translation>添加另一处房屋</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <source>From your property office or the owner of that home</source>
        <translation>由物业服务中心或该房屋的业主提供</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Add this home</source>
        <translation>添加这处房屋</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Sign in again to read the audit log.</source>
        <translation>请重新登录后查看操作日志。</translation>
    </message>
    <message>
        <source>You are offline. The audit log is read from the server.</source>
        <translation>当前离线。操作日志需从服务器读取。</translation>
    </message>
    <message>
        <source>Only managers read the audit log.</source>
        <translation>只有经理可以查看操作日志。</translation>
    </message>
    <message>
        <source>The audit log could not be read; try again.</source>
        <translation>无法读取操作日志，请重试。</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>起（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>止（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>Changes to accounts, units, codes and settings are listed here.</source>
        <translation>账号、房屋、邀请码和设置的改动都记录在这里。</translation>
    </message>
</context>
<context>
    <name>BillCard</name>
    <message>
        <source>%1 left to pay · %2</source>
        <translation>待缴 %1 · %2</translation>
    </message>
</context>
<context>
    <name>BillDetail</name>
    <message>
        <source>Bill for %1</source>
        <translation>%1账单</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>receipt %1 (provisional)</source>
        <translation>收据 %1（临时）</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>已冲正：%1</translation>
    </message>
    <message>
        <source>Waived on %1: %2</source>
        <translation>%1 已减免：%2</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>已减免：%1</translation>
    </message>
</context>
<context>
    <name>BillDetailPage</name>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>This bill is not on this phone</source>
        <translation>本机没有这张账单</translation>
    </message>
    <message>
        <source>It may have been withdrawn by the property office. Pull down on the Bills tab to sync.</source>
        <translation>可能已被物业撤回。在“缴费”页下拉即可同步。</translation>
    </message>
    <message>
        <source>Paid %1 · left to pay %2</source>
        <translation>已缴 %1 · 待缴 %2</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Each amount is rounded once, as the estate&apos;s fee standard says.</source>
        <translation>每项金额按小区收费标准只取整一次。</translation>
    </message>
    <message>
        <source>Payments on this bill</source>
        <translation>本账单的缴费</translation>
    </message>
</context>
<context>
    <name>BillListModel</name>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <source>Bills</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>You are offline. %1; a payment made since then shows once this phone is back online.</source>
        <translation>当前离线。%1；此后的缴费将在手机联网后显示。</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>当前离线</translation>
    </message>
    <message>
        <source>No bills yet</source>
        <translation>暂无账单</translation>
    </message>
    <message>
        <source>Loading your bills…</source>
        <translation>正在加载账单…</translation>
    </message>
    <message>
        <source>Your bills show here once this phone has been online.</source>
        <translation>手机联网后，账单会显示在这里。</translation>
    </message>
    <message>
        <source>When the property office issues a bill for your home, it shows here with each fee and how it was worked out.</source>
        <translation>物业为您家出具账单后，会在这里显示每项费用及其计算方式。</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>如何缴费</translation>
    </message>
    <message>
        <source>Payment happens outside the app: by bank transfer, WeChat Pay, Alipay or at the front desk. This screen shows what the property office has recorded.</source>
        <translation>缴费不在应用内进行：可通过银行转账、微信支付、支付宝或到前台缴纳。本页显示物业已登记的情况。</translation>
    </message>
    <message>
        <source>Tap a bill for its lines and how each was computed.</source>
        <translation>点按账单查看明细及计算方式。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Tap a payment for its receipt.</source>
        <translation>点按缴费记录查看收据。</translation>
    </message>
    <message>
        <source>Reminders received</source>
        <translation>收到的催缴提醒</translation>
    </message>
</context>
<context>
    <name>BuildingsPage</name>
    <message>
        <source>Buildings &amp; units</source>
        <translation>楼栋与房屋</translation>
    </message>
    <message>
        <source>Add a building</source>
        <translation>添加楼栋</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新楼栋</translation>
    </message>
    <message>
        <source>Tap a building for its units; press and hold to rename it.</source>
        <translation>点楼栋查看房屋；长按可重命名。</translation>
    </message>
    <message>
        <source>Rename building</source>
        <translation>重命名楼栋</translation>
    </message>
    <message>
        <source>No buildings yet</source>
        <translation>还没有楼栋</translation>
    </message>
    <message>
        <source>Add the estate&apos;s buildings one by one, or import all units from a file.</source>
        <translation>逐个添加小区的楼栋，或从文件导入全部房屋。</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入房屋</translation>
    </message>
    <message>
        <source>e.g. 3栋</source>
        <translation>例如 3栋</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Your other devices were signed out: sign in there with the new password.</source>
        <translation>您的其他设备已退出登录，请在那些设备上用新密码重新登录。</translation>
    </message>
    <message>
        <source>Changing your password signs out every other device that uses your account.</source>
        <translation>修改密码后，使用您账号的其他设备都会退出登录。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 8 characters, not your phone number, not a common word</source>
        <translation>至少 8 个字符，不能包含手机号，不能是常见词</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>The app may not use the position.</source>
        <translation>应用没有获得定位权限。</translation>
    </message>
    <message>
        <source>No GPS signal here.</source>
        <translation>此处没有 GPS 信号。</translation>
    </message>
    <message>
        <source>This device has no position source.</source>
        <translation>本机没有定位来源。</translation>
    </message>
    <message>
        <source>The position is not available.</source>
        <translation>暂时无法获取位置。</translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation>到场签到</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check in without GPS</source>
        <translation>不带定位签到</translation>
    </message>
    <message>
        <source>The time of your arrival is recorded now, with your position if the phone finds one.</source>
        <translation>现在记录你的到场时间；如果手机能定位，也一并记录位置。</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>正在定位…</translation>
    </message>
    <message>
        <source>GPS fix found (accuracy unknown)</source>
        <translation>已定位（精度未知）</translation>
    </message>
    <message>
        <source>GPS fix found, accurate to ±%1 m</source>
        <translation>已定位，精度 ±%1 米</translation>
    </message>
    <message>
        <source>No GPS fix: the check-in will record that there was none.</source>
        <translation>未能定位：签到将记录为“无定位”。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
</context>
<context>
    <name>CommandDesk</name>
    <message>
        <source>A photo could not be read.</source>
        <translation>有一张照片无法读取。</translation>
    </message>
    <message>
        <source>Could not save on this device.</source>
        <translation>无法保存到此设备。</translation>
    </message>
    <message>
        <source>A photo is missing on this device; add it again.</source>
        <translation>此设备上缺少一张照片，请重新添加。</translation>
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
    <name>Courtyard::Client::ChangePasswordForm</name>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::HomesDesk</name>
    <message>
        <source>Choose whom to invite: a tenant or a family member.</source>
        <translation>请选择邀请对象：租户或家属。</translation>
    </message>
    <message>
        <source>Only the owner can invite people to this home, and only when the estate allows it.</source>
        <translation>只有业主可以邀请他人加入这处房屋，且需小区允许业主邀请。</translation>
    </message>
    <message>
        <source>This code is no longer open.</source>
        <translation>这个加入码已失效。</translation>
    </message>
    <message>
        <source>This person is no longer registered in this home.</source>
        <translation>此人已不在这处房屋的登记名单中。</translation>
    </message>
    <message>
        <source>Only the owner can remove the tenants and family members of a home.</source>
        <translation>只有业主可以移除这处房屋的租户和家属。</translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::JoinForm</name>
    <message>
        <source>This QR code is not a Courtyard join code.</source>
        <translation>这个二维码不是本应用的加入码。</translation>
    </message>
    <message>
        <source>Enter the code you were given.</source>
        <translation>请输入您收到的加入码。</translation>
    </message>
    <message>
        <source>A code has 8 letters and digits, e.g. ABCD-EFGH.</source>
        <translation>加入码由 8 位字母和数字组成，例如 ABCD-EFGH。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>请输入有效的手机号。</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This phone number already has an account. Enter that account&apos;s password to add this home to it, or sign in and add the home on the Me page.</source>
        <translation>该手机号已有账号。请输入该账号的密码，把这处房屋添加到账号中；或先登录，再在“我的”页面添加。</translation>
    </message>
    <message>
        <source>This phone number belongs to this home already. Sign in with it.</source>
        <translation>该手机号已是这处房屋的住户，请直接登录。</translation>
    </message>
    <message>
        <source>Please check what you entered and try again.</source>
        <translation>请检查填写的内容后重试。</translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::PasswordFormBase</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::ResetPasswordForm</name>
    <message>
        <source>Enter your phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Enter a valid phone number.</source>
        <translation>请输入有效的手机号。</translation>
    </message>
    <message>
        <source>Enter the code you were given.</source>
        <translation>请输入您收到的加入码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This code does not match this phone number, or it has expired. Check both, or ask your property office for a new code.</source>
        <translation>验证码与手机号不匹配，或已过期。请检查两者，或向物业服务中心索取新的验证码。</translation>
    </message>
</context>
<context>
    <name>Courtyard::Client::Session</name>
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
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch order</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Open to pool</source>
        <translation>开放抢单</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Assign to a technician</source>
        <translation>指派给维修工</translation>
    </message>
    <message>
        <source>Pick who goes; their open orders are shown.</source>
        <translation>选择由谁上门；括注其手上未完成的工单数。</translation>
    </message>
    <message>
        <source>No technicians in this estate yet.</source>
        <translation>本小区还没有维修工。</translation>
    </message>
    <message>
        <source>Open to the pool</source>
        <translation>开放抢单</translation>
    </message>
    <message>
        <source>Any technician of the estate can take it.</source>
        <translation>本小区的维修工都可以抢单。</translation>
    </message>
    <message>
        <source>Automatic (round robin)</source>
        <translation>自动轮派</translation>
    </message>
    <message>
        <source>The next technician on duty gets it.</source>
        <translation>按顺序派给下一位当班维修工。</translation>
    </message>
</context>
<context>
    <name>DutyRosterPage</name>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>New requests reach only technicians on duty.</source>
        <translation>新报修只会派给值班的维修工。</translation>
    </message>
    <message>
        <source>No technicians yet</source>
        <translation>还没有维修工</translation>
    </message>
    <message>
        <source>Add technicians under Staff.</source>
        <translation>请在“员工”中添加维修工。</translation>
    </message>
</context>
<context>
    <name>Estate</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstateDesk</name>
    <message>
        <source>This estate is not on this device yet.</source>
        <translation>本机还没有该小区的数据。</translation>
    </message>
    <message>
        <source>The estate needs a name.</source>
        <translation>小区需要名称。</translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation>太长了。</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
    <message>
        <source>Pick how new requests are dispatched.</source>
        <translation>请选择新报修的派单方式。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>未知的优先级。</translation>
    </message>
    <message>
        <source>Targets run from one minute to 90 days.</source>
        <translation>时限须在 1 分钟到 90 天之间。</translation>
    </message>
    <message>
        <source>The resolve target cannot come before the response target.</source>
        <translation>完成时限不能早于响应时限。</translation>
    </message>
    <message>
        <source>The building needs a name.</source>
        <translation>楼栋需要名称。</translation>
    </message>
    <message>
        <source>Enter the unit number.</source>
        <translation>请输入房号。</translation>
    </message>
    <message>
        <source>At most 32 characters.</source>
        <translation>最多 32 个字符。</translation>
    </message>
    <message>
        <source>A floor from -20 to 300.</source>
        <translation>楼层须在 -20 到 300 之间。</translation>
    </message>
    <message>
        <source>Pick what the unit is used for.</source>
        <translation>请选择房屋用途。</translation>
    </message>
    <message>
        <source>Pick the unit&apos;s status.</source>
        <translation>请选择房屋状态。</translation>
    </message>
    <message>
        <source>Pick a building.</source>
        <translation>请选择楼栋。</translation>
    </message>
    <message>
        <source>This building is not on this device yet.</source>
        <translation>本机还没有该楼栋的数据。</translation>
    </message>
    <message>
        <source>Enter the space&apos;s number.</source>
        <translation>请输入车位号。</translation>
    </message>
    <message>
        <source>This parking space is gone already.</source>
        <translation>该车位已删除。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Pick a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>Pick at least one estate.</source>
        <translation>请至少选择一个小区。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>This account is not on this device yet.</source>
        <translation>本机还没有该账号的数据。</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <source>Pick who the code is for.</source>
        <translation>请选择邀请码的对象。</translation>
    </message>
    <message>
        <source>A code is valid for 1 to 30 days.</source>
        <translation>邀请码有效期为 1 至 30 天。</translation>
    </message>
    <message>
        <source>Pick a unit.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message>
        <source>This code is not on this device.</source>
        <translation>本机没有该邀请码。</translation>
    </message>
    <message>
        <source>Only an open code can be revoked.</source>
        <translation>只能作废未使用的邀请码。</translation>
    </message>
    <message>
        <source>This resident is gone already.</source>
        <translation>该住户已移除。</translation>
    </message>
    <message>
        <source>Pick a person.</source>
        <translation>请选择人员。</translation>
    </message>
</context>
<context>
    <name>EstateListModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Floor %1 · %2 m² · %3 · %4</source>
        <translation>%1 层 · %2 m² · %3 · %4</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>房屋 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未绑定房屋</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班中</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>未值班</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>等待服务器生成…</translation>
    </message>
</context>
<context>
    <name>EstateModule</name>
    <message>
        <source>Estate</source>
        <translation>小区设置</translation>
    </message>
    <message>
        <source>Buildings &amp; units</source>
        <translation>楼栋与房屋</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入房屋</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Residents &amp; join codes</source>
        <translation>住户与邀请码</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>My duty</source>
        <translation>我的值班</translation>
    </message>
</context>
<context>
    <name>EstateSettingsPage</name>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation>已保存，本机联网后发送。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Estate settings</source>
        <translation>小区设置</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>待发送的更改：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>e.g. 88 Jinqiao Road, Pudong, Shanghai</source>
        <translation>例如 上海市浦东新区金桥路88号</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Due dates and the audit log&apos;s days are counted in it.</source>
        <translation>截止日期和操作日志的日期按此时区计算。</translation>
    </message>
    <message>
        <source>Dispatch of new requests</source>
        <translation>新报修的派单方式</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Owners may invite tenants and family</source>
        <translation>允许业主邀请租户和家属</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>The estate is not on this phone yet</source>
        <translation>本机还没有该小区的数据</translation>
    </message>
    <message>
        <source>It arrives with the next sync.</source>
        <translation>下次同步时就会出现。</translation>
    </message>
</context>
<context>
    <name>EstateWords</name>
    <message>
        <source>The desk assigns</source>
        <translation>客服指派</translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮流派单</translation>
    </message>
    <message>
        <source>New requests wait for the front desk, who picks a technician for each.</source>
        <translation>新报修由客服逐一指派维修工。</translation>
    </message>
    <message>
        <source>New requests go to a pool; any technician on duty takes one.</source>
        <translation>新报修进入抢单池，值班维修工均可接单。</translation>
    </message>
    <message>
        <source>New requests go to the technicians on duty in turn.</source>
        <translation>新报修轮流派给值班的维修工。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储藏</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>未交房</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Front desk</source>
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
        <source>Open</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>FeeAccount</name>
    <message>
        <source>Not synced with the property office yet</source>
        <translation>尚未与物业同步</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>截至 %1 的状态</translation>
    </message>
    <message>
        <source>Already paid on these bills</source>
        <translation>这些账单已缴</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) overdue since %1</source>
        <translation>
            <numerusform>%n 张账单自 %1 起逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due by %2</source>
        <translation>%1 应于 %2 前缴纳</translation>
    </message>
    <message>
        <source>Nothing to pay: every bill is settled</source>
        <translation>无需缴费：账单均已结清</translation>
    </message>
    <message>
        <source>Payment reminder · %1</source>
        <translation>催缴提醒 · %1</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · 来自 %2</translation>
    </message>
</context>
<context>
    <name>FeeFeed</name>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 自 %2 起逾期</translation>
    </message>
    <message>
        <source>%1 due by %2</source>
        <translation>%1 应于 %2 前缴纳</translation>
    </message>
    <message>
        <source>Bill for %1 · tap for its lines and how to pay</source>
        <translation>%1账单 · 点按查看明细和缴费方式</translation>
    </message>
    <message>
        <source>Payment reminder from the property office</source>
        <translation>物业催缴提醒</translation>
    </message>
    <message>
        <source>You owe %1 · tap to see your bills</source>
        <translation>待缴 %1 · 点按查看账单</translation>
    </message>
    <message>
        <source>Everything is paid now: thank you</source>
        <translation>已全部缴清，谢谢</translation>
    </message>
</context>
<context>
    <name>FeeWords</name>
    <message>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分已缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已减免</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>POS terminal</source>
        <translation>POS 机</translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation>银行代收</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>应用消息</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>书面通知</translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation>承诺缴费</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒缴</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month pattern of a bill&apos;s period (QDate::toString), e.g. &quot;Nov 2026&quot;</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date pattern with the year (QDate::toString), e.g. &quot;31 Dec 2026&quot;</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>Date and time pattern with the year (QDateTime::toString), e.g. &quot;2 Dec 2026, 10:30&quot;</extracomment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
</context>
<context>
    <name>FeesModule</name>
    <message>
        <source>Bills</source>
        <translation>缴费</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>d MMM, HH:mm</source>
        <extracomment>Date and time pattern (QDateTime::toString): short, no year</extracomment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date pattern (QDate::toString): short, no year</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern with the weekday (QDate::toString)</extracomment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>明天，%1</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past requests</source>
        <translation>历史报事</translation>
    </message>
    <message>
        <source>No past requests</source>
        <translation>还没有历史报事</translation>
    </message>
    <message>
        <source>Requests you confirmed or cancelled show here.</source>
        <translation>已确认或已取消的报事会显示在这里。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You are offline. This is what your phone has; what you do is kept and sent when you are back online.</source>
        <translation>你已离线。这里显示的是手机上已有的内容；你的操作会先保存，恢复网络后自动发送。</translation>
    </message>
    <message>
        <source>Could not sync</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the property office and need your attention.</source>
        <translation>
            <numerusform>%n 项操作被物业拒绝，需要您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>For you now</source>
        <translation>待你处理</translation>
    </message>
    <message>
        <source>Pull down to refresh.</source>
        <translation>下拉刷新。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>当前离线</translation>
    </message>
    <message>
        <source>Nothing needs you now</source>
        <translation>暂无需要你处理的事项</translation>
    </message>
    <message>
        <source>What needs you shows here once this phone has been online.</source>
        <translation>手机联网后，需要你处理的事项会显示在这里。</translation>
    </message>
    <message>
        <source>Repairs to confirm and other things that wait for you show here.</source>
        <translation>待确认的维修等需要你处理的事项会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Checked: nothing is changed yet</source>
        <translation>已检查：尚未做任何更改</translation>
    </message>
    <message>
        <source>The file matches what the estate has: there is nothing to import.</source>
        <translation>文件与小区现有数据一致，没有需要导入的内容。</translation>
    </message>
    <message>
        <source>The units arrive on this phone with the next sync.</source>
        <translation>房屋将在下次同步时出现在本机。</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>应用 %1 处更改</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). Correct the file and pick it again; nothing was changed.</source>
        <translation>
            <numerusform>%n 处问题。请修改文件后重新选择；没有任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick another file</source>
        <translation>选择其他文件</translation>
    </message>
</context>
<context>
    <name>ImportUnitsPage</name>
    <message>
        <source>Import units</source>
        <translation>导入房屋</translation>
    </message>
    <message>
        <source>Pick a units file</source>
        <translation>选择房屋文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>You are offline. Importing needs a connection.</source>
        <translation>当前离线。导入需要联网。</translation>
    </message>
    <message>
        <source>One row per unit: building, number, floor, area in m², use and status. Existing units are updated by building and number; none is deleted.</source>
        <translation>每行一户：楼栋、房号、楼层、面积（m²）、用途和状态。已有房屋按楼栋和房号更新，不会删除任何房屋。</translation>
    </message>
    <message>
        <source>Start from the template units-template.csv of the Courtyard documentation; keep its header row.</source>
        <translation>请以 Courtyard 文档中的模板 units-template.csv 为基础，保留表头行。</translation>
    </message>
    <message>
        <source>Pick a file and check it</source>
        <translation>选择文件并检查</translation>
    </message>
</context>
<context>
    <name>InfoBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>People and invitations</source>
        <translation>住户与邀请</translation>
    </message>
    <message>
        <source>Invite family or tenant</source>
        <translation>邀请家属或租户</translation>
    </message>
    <message>
        <source>Open codes</source>
        <translation>有效的加入码</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>等待服务器生成…</translation>
    </message>
    <message>
        <source>%1 · valid until %2</source>
        <translation>%1 · 有效期至 %2</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>People in this home</source>
        <translation>这处房屋的住户</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Leave this home</source>
        <translation>退出这处房屋</translation>
    </message>
    <message>
        <source>Whom do you invite?</source>
        <translation>邀请谁？</translation>
    </message>
    <message>
        <source>They get a single-use code, valid for 7 days, to join this home with their own account.</source>
        <translation>对方将获得一个一次性加入码，7 天内有效，可用自己的账号加入这处房屋。</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>生成加入码</translation>
    </message>
    <message>
        <source>Leave this home?</source>
        <translation>退出这处房屋？</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>You will no longer see this home&apos;s repairs and bills. Your other homes stay. To come back you need a new code.</source>
        <translation>您将不再看到这处房屋的报修和账单，其他房屋不受影响。如需重新加入，需要新的加入码。</translation>
    </message>
    <message>
        <source>They will no longer see this home&apos;s repairs and bills, on any phone. Their own past requests stay on record.</source>
        <translation>对方在任何手机上都将不再看到这处房屋的报修和账单。其以往提交的报修记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>JoinCodeCard</name>
    <message>
        <source>Join code for a %1</source>
        <translation>%1的加入码</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>等待服务器生成…</translation>
    </message>
    <message>
        <source>Saved on this phone. The code appears when you are back online.</source>
        <translation>已保存在本机。联网后将显示加入码。</translation>
    </message>
    <message>
        <source>The code appears in a moment.</source>
        <translation>加入码稍后显示。</translation>
    </message>
    <message>
        <source>Single use, valid until %1. They enter it under “Join my home”, or scan it.</source>
        <translation>仅限使用一次，有效期至 %1。对方可在“加入我的房屋”中输入或扫码。</translation>
    </message>
</context>
<context>
    <name>JoinCodePage</name>
    <message>
        <source>Join code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>In the Courtyard app: Join a home, then scan this code or type it. It works once.</source>
        <translation>在 Courtyard 应用中选择“加入房屋”，扫描或输入此码。仅可使用一次。</translation>
    </message>
    <message>
        <source>The code is drawn by the server: it shows here as soon as this phone is online.</source>
        <translation>邀请码由服务器生成：本机联网后即显示在这里。</translation>
    </message>
    <message>
        <source>Revoke this code</source>
        <translation>作废此邀请码</translation>
    </message>
    <message>
        <source>This code is not on this phone</source>
        <translation>本机没有该邀请码</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join my home</source>
        <translation>加入我的房屋</translation>
    </message>
    <message>
        <source>Your property office or the owner of your home gives you a join code. Type it or scan its QR code.</source>
        <translation>物业服务中心或房屋业主会给您一个加入码。请输入加入码或扫描其二维码。</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <source>8 letters and digits, e.g. ABCD-EFGH</source>
        <translation>8 位字母和数字，例如 ABCD-EFGH</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>This device has no camera to scan with. Type the code instead: it is printed under the QR code.</source>
        <translation>此设备没有可用于扫码的摄像头。请直接输入加入码，它印在二维码下方。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>As your neighbours and the office know you</source>
        <translation>邻居和物业认识您的称呼</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>You sign in with it</source>
        <translation>用于登录</translation>
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
        <source>At least 8 characters, not your phone number, not a common word</source>
        <translation>至少 8 个字符，不能包含手机号，不能是常见词</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation>加入并登录</translation>
    </message>
</context>
<context>
    <name>JoinTargetCard</name>
    <message>
        <source>This code is for</source>
        <translation>这个加入码用于</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>You join as</source>
        <translation>您的身份</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>Closed automatically after %n day(s) without an answer</source>
        <translation>
            <numerusform>%n 天未确认，系统自动关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>水管</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电路</translation>
    </message>
    <message>
        <source>Heating &amp; air</source>
        <translation>空调暖通</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Common areas</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>业主/住户</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修师傅</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation>Courtyard 系统</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>提交报修</translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation>设置优先级</translation>
    </message>
    <message>
        <source>Opened to the pool</source>
        <translation>放入抢单池</translation>
    </message>
    <message>
        <source>Taken from the pool</source>
        <translation>抢单</translation>
    </message>
    <message>
        <source>Checked in on site</source>
        <translation>到场签到</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已恢复处理</translation>
    </message>
    <message>
        <source>Confirmed and rated</source>
        <translation>确认并评价</translation>
    </message>
    <message>
        <source>Not fixed: reopened</source>
        <translation>未修好：重新打开</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Call-back recorded</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Converted to a repair</source>
        <translation>已转为报修单</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A priority changed from one level to another, e.g. &quot;Normal → Urgent&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Assigned by round-robin</source>
        <translation>系统轮流派单</translation>
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
    <name>LogRequestPage</name>
    <message>
        <source>That did not work.</source>
        <translation>操作未成功。</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>代客报修</translation>
    </message>
    <message>
        <source>Taken by phone or at the front desk</source>
        <translation>电话或前台受理</translation>
    </message>
    <message>
        <source>The order is for the resident registered to the unit. It ends with your call-back instead of the resident&apos;s rating.</source>
        <translation>工单记在该房屋登记的住户名下；完工后由你回访结单，而不是由住户评价。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What the resident reports</source>
        <translation>住户反映的问题</translation>
    </message>
    <message>
        <source>e.g. Water drips from the ceiling of the bathroom since this morning.</source>
        <translation>例如：卫生间天花板从早上开始滴水。</translation>
    </message>
    <message>
        <source>Phone to call back</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Optional: the number the resident called from, to reach them again.</source>
        <translation>选填：住户来电的号码，便于再次联系。</translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation>例如 138 0000 0000</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Log request</source>
        <translation>提交报修</translation>
    </message>
    <message>
        <source>Optional, up to %1: from the resident&apos;s messages or taken at the desk.</source>
        <translation>选填，最多 %1 张：可用住户发来的照片或在前台拍摄。</translation>
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
    <name>MePage</name>
    <message>
        <source>My home</source>
        <translation>我家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
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
</context>
<context>
    <name>MyDutyPage</name>
    <message>
        <source>My duty</source>
        <translation>我的值班</translation>
    </message>
    <message>
        <source>You are on duty</source>
        <translation>你正在值班</translation>
    </message>
    <message>
        <source>You are off duty</source>
        <translation>你现在未值班</translation>
    </message>
    <message>
        <source>New requests can be given to you.</source>
        <translation>新报修可以派给你。</translation>
    </message>
    <message>
        <source>No new requests reach you; your open orders stay yours.</source>
        <translation>不会收到新报修；手上的工单仍归你处理。</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班中</translation>
    </message>
</context>
<context>
    <name>MyHomesSection</name>
    <message>
        <source>My homes</source>
        <translation>我的房屋</translation>
    </message>
    <message>
        <source>Requests you make are for the home marked “acting for”. Tap another to switch.</source>
        <translation>您提交的报修默认属于标记为“当前房屋”的那一处。点按其他房屋即可切换。</translation>
    </message>
    <message>
        <source>No home yet. Add one with the code from your property office.</source>
        <translation>还没有房屋。请用物业服务中心提供的加入码添加。</translation>
    </message>
    <message>
        <source>acting for</source>
        <translation>当前房屋</translation>
    </message>
    <message>
        <source>People and invitations</source>
        <translation>住户与邀请</translation>
    </message>
    <message>
        <source>Add another home with a code</source>
        <translation>用加入码添加另一处房屋</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Changes that were refused</source>
        <translation>被拒绝的操作</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>没有需要处理的了。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <source>What is it?</source>
        <translation>报事类型</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询建议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>What is wrong, and since when?</source>
        <translation>哪里出了问题，从什么时候开始？</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Optional, up to %1. Location data is removed before sending.</source>
        <translation>选填，最多 %1 张。发送前会去除照片中的位置信息。</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Optional: the technician calls this number before coming.</source>
        <translation>选填：维修师傅上门前会打这个电话。</translation>
    </message>
    <message>
        <source>e.g. 13800000000</source>
        <translation>例如 13800000000</translation>
    </message>
</context>
<context>
    <name>NewRequestPage</name>
    <message>
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新建报事</translation>
    </message>
    <message>
        <source>Offline: it will be sent when you are back online</source>
        <translation>离线：联网后自动发送</translation>
    </message>
    <message>
        <source>Some details are missing or need a change; see the messages below.</source>
        <translation>有些信息缺失或需要修改，请看下方提示。</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>提交报事</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>What happened, what is next…</source>
        <translation>情况如何，下一步做什么…</translation>
    </message>
    <message>
        <source>Staff only: the resident never sees it</source>
        <translation>仅员工可见：住户看不到</translation>
    </message>
    <message>
        <source>The resident sees this note</source>
        <translation>住户可以看到这条备注</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅员工可见</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Please wait a moment and try again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s).</source>
        <translation>
            <numerusform>请在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>You are offline or the server cannot be reached. What you typed is kept: try again when you have a connection.</source>
        <translation>当前离线或无法连接服务器。已填写的内容会保留，联网后请重试。</translation>
    </message>
    <message>
        <source>Secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>安全连接失败：服务器证书不受信任。</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>尝试次数过多。</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>服务器出现问题，请稍后再试。</translation>
    </message>
    <message>
        <source>This code is not known. Check the letters and digits (there is no 0, O, 1 or I) and try again.</source>
        <translation>找不到这个加入码。请核对字母和数字（加入码中没有 0、O、1、I）后重试。</translation>
    </message>
    <message>
        <source>This code has already been used. Each code works once: ask whoever gave it to you for a new one.</source>
        <translation>这个加入码已被使用。每个加入码只能用一次，请向提供者索取新的加入码。</translation>
    </message>
    <message>
        <source>This code has expired. Ask your property office or the owner for a new one.</source>
        <translation>这个加入码已过期。请向物业服务中心或业主索取新的加入码。</translation>
    </message>
    <message>
        <source>This code was withdrawn by whoever issued it. Ask them for a new one.</source>
        <translation>这个加入码已被发放者撤销。请向对方索取新的加入码。</translation>
    </message>
    <message>
        <source>Too many wrong codes from this phone.</source>
        <translation>本机输错加入码的次数过多。</translation>
    </message>
    <message>
        <source>You already belong to this home.</source>
        <translation>您已是这处房屋的住户。</translation>
    </message>
    <message>
        <source>The code could not be used. Please try again.</source>
        <translation>无法使用这个加入码，请重试。</translation>
    </message>
    <message>
        <source>Do not use your phone number in your password.</source>
        <translation>密码中不能包含手机号。</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This password is based on a dictionary word. Choose another.</source>
        <translation>这个密码基于常见单词，请换一个。</translation>
    </message>
    <message>
        <source>This password is too similar to the old one.</source>
        <translation>新密码与旧密码太相似。</translation>
    </message>
    <message>
        <source>This password is a common pattern. Mix words, digits and signs.</source>
        <translation>这个密码是常见的规律组合，请混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>This password is too easy to guess: at least 8 characters, not your phone number, not a common word or pattern.</source>
        <translation>这个密码太容易被猜到：至少 8 个字符，不能包含手机号，不能是常见词或规律组合。</translation>
    </message>
</context>
<context>
    <name>OnboardingModule</name>
    <message>
        <source>Join my home</source>
        <translation>加入我的房屋</translation>
    </message>
    <message>
        <source>Set a password with a code</source>
        <translation>用验证码设置密码</translation>
    </message>
</context>
<context>
    <name>OrderDetailPage</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>The order is yours</source>
        <translation>抢单成功</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已恢复处理</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>操作未成功。</translation>
    </message>
    <message>
        <source>%1 · saved on this phone, sent when back online</source>
        <translation>%1 · 已保存在本机，联网后发送</translation>
    </message>
    <message>
        <source>This order is not on this phone (any more).</source>
        <translation>本机上没有（或已不再有）这张工单。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>OrderDialogs</name>
    <message>
        <source>Set priority</source>
        <translation>设置优先级</translation>
    </message>
    <message>
        <source>The priority sets the answer and fix deadlines from the estate&apos;s service levels.</source>
        <translation>优先级按本小区的服务标准确定响应和完工时限。</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已指派给 %1</translation>
    </message>
    <message>
        <source>Open to the pool</source>
        <translation>已开放抢单</translation>
    </message>
    <message>
        <source>Sent to the next technician on duty</source>
        <translation>已派给下一位当班维修工</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Checked in · no GPS fix recorded</source>
        <translation>已签到 · 记录为无定位</translation>
    </message>
    <message>
        <source>Convert to a repair order</source>
        <translation>转为维修单</translation>
    </message>
    <message>
        <source>The complaint becomes a repair order of this category; every photo and note stays.</source>
        <translation>投诉将转为该类别的维修单，照片和备注全部保留。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Now a repair order</source>
        <translation>已转为维修单</translation>
    </message>
    <message>
        <source>Staff-only note added</source>
        <translation>已添加内部备注</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>取消这张工单</translation>
    </message>
    <message>
        <source>Call-back to the resident</source>
        <translation>回访住户</translation>
    </message>
    <message>
        <source>Why is the work paused? The resident sees the reason.</source>
        <translation>为什么暂停？住户会看到原因。</translation>
    </message>
    <message>
        <source>Why is the order withdrawn? The resident sees the reason.</source>
        <translation>为什么取消？住户会看到原因。</translation>
    </message>
    <message>
        <source>What did the resident say about the repair? This closes the order.</source>
        <translation>住户对维修怎么说？登记后工单关闭。</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Record and close</source>
        <translation>登记并结单</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Resident not at home</source>
        <translation>住户不在家</translation>
    </message>
    <message>
        <source>Needs a specialist contractor</source>
        <translation>需要专业厂家处理</translation>
    </message>
    <message>
        <source>Resident satisfied with the repair</source>
        <translation>住户对维修满意</translation>
    </message>
    <message>
        <source>Resident not reachable</source>
        <translation>联系不上住户</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>工单已取消</translation>
    </message>
    <message>
        <source>Call-back recorded: order closed</source>
        <translation>已登记回访，工单关闭</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Release to sync now</source>
        <translation>松开立即同步</translation>
    </message>
    <message>
        <source>Pull to sync now</source>
        <translation>下拉立即同步</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message>
        <source>You are offline: this list shows what the phone has; new orders arrive with the signal.</source>
        <translation>当前离线：列表显示本机已有的工单，有信号后新工单才会到达。</translation>
    </message>
</context>
<context>
    <name>OrderSummaryCard</name>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Logged by the office · call back</source>
        <translation>客服代报 · 需回访</translation>
    </message>
    <message>
        <source>Was a complaint</source>
        <translation>由投诉转来</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已指派给 %1</translation>
    </message>
    <message>
        <source>In the pool: any technician may take it</source>
        <translation>在抢单池中：维修工均可抢单</translation>
    </message>
    <message>
        <source>Not dispatched yet</source>
        <translation>尚未派单</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>挂起原因：%1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系电话 %1</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>报修时间 %1</translation>
    </message>
</context>
<context>
    <name>OrderWorkCard</name>
    <message>
        <source>Work on site</source>
        <translation>现场作业</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) worked</source>
        <translation>
            <numerusform>工时 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation>住户签名</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>代客报修</translation>
    </message>
</context>
<context>
    <name>OwedCard</name>
    <message>
        <source>Owed now · %1</source>
        <translation>当前待缴 · %1</translation>
    </message>
    <message>
        <source>Owed now</source>
        <translation>当前待缴</translation>
    </message>
    <message>
        <source>Credit (prepaid), used on your next bills</source>
        <translation>预存余额，自动抵扣下期账单</translation>
    </message>
</context>
<context>
    <name>ParkingPage</name>
    <message>
        <source>Parking space %1</source>
        <translation>车位 %1</translation>
    </message>
    <message>
        <source>New parking space</source>
        <translation>新车位</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n 个车位</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a parking space</source>
        <translation>添加车位</translation>
    </message>
    <message>
        <source>No parking spaces yet</source>
        <translation>还没有车位</translation>
    </message>
    <message>
        <source>Add the estate&apos;s spaces with the + button.</source>
        <translation>点 + 添加小区的车位。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Number, e.g. B2-017</source>
        <translation>车位号，例如 B2-017</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>房屋：%1</translation>
    </message>
    <message>
        <source>Not assigned to a unit</source>
        <translation>未绑定房屋</translation>
    </message>
    <message>
        <source>Find a unit to assign, e.g. 3栋 1202</source>
        <translation>查找要绑定的房屋，例如 3栋 1202</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>不绑定房屋</translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation>删除车位</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>Part, e.g. PPR elbow 20 mm</source>
        <translation>配件，例如 PPR 弯头 20mm</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>删除配件</translation>
    </message>
    <message>
        <source>Add a part used</source>
        <translation>添加所用配件</translation>
    </message>
    <message>
        <source>Add another part</source>
        <translation>再添加一个配件</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>Reversed: %1</source>
        <translation>已冲正：%1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>缴 %1</translation>
    </message>
    <message>
        <source>%1 kept as credit</source>
        <translation>%1 转为预存</translation>
    </message>
    <message>
        <source>Receipt %1 (provisional)</source>
        <translation>收据 %1（临时）</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>This payment is not on this phone</source>
        <translation>本机没有这笔缴费</translation>
    </message>
    <message>
        <source>Pull down on the Bills tab to sync.</source>
        <translation>在“缴费”页下拉即可同步。</translation>
    </message>
    <message>
        <source>Provisional receipt number: the property office&apos;s server has not confirmed this payment yet.</source>
        <translation>临时收据号：物业服务器尚未确认这笔缴费。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What it paid</source>
        <translation>缴纳项目</translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation>转为预存</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
</context>
<context>
    <name>PhotoTray</name>
    <message>
        <source>That file is not a photo.</source>
        <translation>该文件不是照片。</translation>
    </message>
    <message>
        <source>That photo is too large.</source>
        <translation>照片太大。</translation>
    </message>
    <message>
        <source>That photo could not be read.</source>
        <translation>这张照片无法读取。</translation>
    </message>
    <message>
        <source>There is no room to keep that photo on this device.</source>
        <translation>手机存储空间不足，无法保存这张照片。</translation>
    </message>
    <message>
        <source>At most %1 photos.</source>
        <translation>最多 %1 张照片。</translation>
    </message>
    <message>
        <source>Sign in to add photos.</source>
        <translation>登录后才能添加照片。</translation>
    </message>
</context>
<context>
    <name>PhotoTrayField</name>
    <message numerus="yes">
        <source>You can add up to %n photo(s).</source>
        <translation>
            <numerusform>最多可添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>删除第 %1 张照片</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>第 %1 张照片：%2</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PlaceSection</name>
    <message>
        <source>Where?</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>My home</source>
        <translation>我家</translation>
    </message>
    <message>
        <source>Common area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>No unit is registered to you yet. Choose a common area, or ask the property office to add your unit.</source>
        <translation>您名下还没有登记房屋。请选择公共区域，或请物业为您登记房屋。</translation>
    </message>
    <message>
        <source>e.g. Lift hall, building 3</source>
        <translation>例如 3号楼电梯厅</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>正在定位…</translation>
    </message>
    <message>
        <source>Optional: add your position to help find the place</source>
        <translation>选填：附上您的位置，方便找到地方</translation>
    </message>
    <message>
        <source>Position added · accuracy unknown</source>
        <translation>已附位置 · 精度未知</translation>
    </message>
    <message>
        <source>Position added · ±%1 m</source>
        <translation>已附位置 · ±%1 米</translation>
    </message>
    <message>
        <source>No fix: the app may not use your position</source>
        <translation>未定位：应用无权使用您的位置</translation>
    </message>
    <message>
        <source>No fix: no signal here; the words above are enough</source>
        <translation>未定位：这里没有信号，上面的文字描述就够了</translation>
    </message>
    <message>
        <source>No fix: this device cannot tell its position</source>
        <translation>未定位：此设备无法获取位置</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>附上位置</translation>
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
    <name>RateDialog</name>
    <message>
        <source>Confirm the repair</source>
        <translation>确认维修完成</translation>
    </message>
    <message>
        <source>Glad it is fixed. How did it go? Your rating closes the order.</source>
        <translation>很高兴问题解决了。服务怎么样？评价后工单即关闭。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>Speed of response</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <source>Technician&apos;s service</source>
        <translation>师傅服务</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>评价内容（选填）</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Confirm and rate</source>
        <translation>确认并评价</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>Speed of response</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <source>Technician&apos;s service</source>
        <translation>师傅服务</translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1：%2 星（满分5星）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Too long: %1 characters over the limit</source>
        <translation>太长了：超出 %1 个字</translation>
    </message>
    <message>
        <source>Required · %1/%2</source>
        <translation>必填 · %1/%2</translation>
    </message>
    <message>
        <source>Optional · %1/%2</source>
        <translation>选填 · %1/%2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>%1 — Receipt</source>
        <translation>%1 — 收据</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>房号：%1</translation>
    </message>
    <message>
        <source>Receipt no.: %1 (provisional: not yet confirmed by the property office)</source>
        <translation>收据号：%1（临时：物业尚未确认）</translation>
    </message>
    <message>
        <source>Receipt no.: %1</source>
        <translation>收据号：%1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>缴费时间：%1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>缴费方式：%1</translation>
    </message>
    <message>
        <source>Kept as credit: %1</source>
        <translation>转为预存：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <source>Recorded by: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Reversed on %1: %2</source>
        <translation>%1 已冲正：%2</translation>
    </message>
    <message>
        <source>This payment is not on this phone.</source>
        <translation>本机没有这笔缴费。</translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation>收据未能保存。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation>转为预存</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The receipt could not be drawn.</source>
        <translation>收据未能生成。</translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>The office&apos;s server refused your last change</source>
        <translation>物业服务器拒绝了你最近的修改</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>Open requests</source>
        <translation>处理中的报事</translation>
    </message>
    <message>
        <source>Nothing open: everything you reported is done.</source>
        <translation>没有处理中的报事：您报的事都已办完。</translation>
    </message>
    <message>
        <source>Pull down to refresh.</source>
        <translation>下拉刷新。</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>当前离线</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>还没有报事</translation>
    </message>
    <message>
        <source>Loading your requests…</source>
        <translation>正在加载您的报事…</translation>
    </message>
    <message>
        <source>Your requests show here once this phone has been online. You can still report a problem now: it is sent later.</source>
        <translation>手机联网后，您的报事会显示在这里。现在也可以报事，联网后自动发送。</translation>
    </message>
    <message>
        <source>Something broken at home or in the estate? Report it with a few words and photos; we keep you posted here.</source>
        <translation>家里或小区里有东西坏了？写几句话、拍几张照片报修，进度会在这里告诉您。</translation>
    </message>
    <message>
        <source>Report a repair</source>
        <translation>我要报修</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>历史报事</translation>
    </message>
    <message numerus="yes">
        <source>See all %n past request(s)</source>
        <translation>
            <numerusform>查看全部 %n 条历史报事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordPage</name>
    <message>
        <source>Set a password with a code</source>
        <translation>用验证码设置密码</translation>
    </message>
    <message>
        <source>Forgot your password, or new here? Ask your property office for a one-time code, then choose your password.</source>
        <translation>忘记密码或首次使用？请向物业服务中心索取一次性验证码，然后设置您的密码。</translation>
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
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>The code from your property office</source>
        <translation>物业服务中心提供的验证码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 8 characters, not your phone number, not a common word</source>
        <translation>至少 8 个字符，不能包含手机号，不能是常见词</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>设置密码并登录</translation>
    </message>
</context>
<context>
    <name>ResidentShell</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents &amp; join codes</source>
        <translation>住户与邀请码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Building and number, e.g. 3栋 1202</source>
        <translation>楼栋和房号，例如 3栋 1202</translation>
    </message>
    <message>
        <source>Pick a unit</source>
        <translation>选择房屋</translation>
    </message>
    <message>
        <source>Type its building and number to see who lives there and its join codes.</source>
        <translation>输入楼栋和房号，查看住户和邀请码。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Nobody has joined this unit yet.</source>
        <translation>还没有人加入此房屋。</translation>
    </message>
    <message>
        <source>Send a password reset code</source>
        <translation>发送密码重置验证码</translation>
    </message>
    <message>
        <source>Remove from the unit</source>
        <translation>从房屋移除</translation>
    </message>
    <message>
        <source>Join codes</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Issue a code</source>
        <translation>生成邀请码</translation>
    </message>
    <message>
        <source>No codes issued for this unit.</source>
        <translation>此房屋还没有邀请码。</translation>
    </message>
    <message>
        <source>Issue a join code</source>
        <translation>生成邀请码</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>有效天数</translation>
    </message>
    <message>
        <source>The code works once. Whoever enters it joins this unit with the app.</source>
        <translation>邀请码仅可使用一次。输入者将通过应用加入此房屋。</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>将 %1 从 %2 移除？</translation>
    </message>
    <message>
        <source>Send %1 a reset code?</source>
        <translation>给 %1 发送重置验证码？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Removed. It is sent when the phone is online.</source>
        <translation>已移除，本机联网后发送。</translation>
    </message>
    <message>
        <source>A reset code goes to their phone when this phone is online.</source>
        <translation>本机联网后，重置验证码将发送到其手机。</translation>
    </message>
    <message>
        <source>Their access to the unit ends at once: they no longer see its requests, notices or bills.</source>
        <translation>其对该房屋的访问立即终止：将看不到该房屋的报修、通知和账单。</translation>
    </message>
    <message>
        <source>A one-time code is texted to their phone; with it they choose a new password.</source>
        <translation>一次性验证码将以短信发到其手机，凭此设置新密码。</translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>e.g. Replaced the leaking valve under the sink and tested for 10 minutes.</source>
        <translation>例如：更换水槽下漏水的阀门，试水 10 分钟无渗漏。</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>所用配件</translation>
    </message>
    <message>
        <source>Optional: each part with its quantity.</source>
        <translation>选填：每种配件及数量。</translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>例如 45</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>ResolvePage</name>
    <message>
        <source>Please check the marked fields.</source>
        <translation>请检查标红的内容。</translation>
    </message>
    <message>
        <source>Photos are still being prepared…</source>
        <translation>照片还在处理中…</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>操作未成功。</translation>
    </message>
    <message>
        <source>The signature could not be saved.</source>
        <translation>签名未能保存。</translation>
    </message>
    <message>
        <source>Resolve order</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Photos of the fix</source>
        <translation>完工照片</translation>
    </message>
    <message>
        <source>Optional, up to 6.</source>
        <translation>选填，最多 6 张。</translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation>住户签名</translation>
    </message>
    <message>
        <source>Optional: the resident signs on this phone&apos;s screen.</source>
        <translation>选填：请住户在手机屏幕上签名。</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <source>Let the resident sign</source>
        <translation>请住户签名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>提交完工</translation>
    </message>
    <message>
        <source>The resident is then asked to confirm the fix and rate it.</source>
        <translation>随后住户会收到确认和评价的邀请。</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Hold the QR code inside the frame.</source>
        <translation>请将二维码置于框内。</translation>
    </message>
</context>
<context>
    <name>ShellFrame</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我的</translation>
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
    <name>SignaturePad</name>
    <message>
        <source>Signature area</source>
        <translation>签名区</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SignatureSheet</name>
    <message>
        <source>Resident&apos;s signature</source>
        <translation>住户签名</translation>
    </message>
    <message>
        <source>Hand the phone to the resident</source>
        <translation>请把手机交给住户</translation>
    </message>
    <message>
        <source>By signing, the resident confirms that the work was done in their presence.</source>
        <translation>签名即表示住户确认维修是在其在场时完成的。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>SlaSection</name>
    <message>
        <source>SLA targets</source>
        <translation>服务时限（SLA）</translation>
    </message>
    <message>
        <source>How soon an order of each priority is answered and resolved.</source>
        <translation>各优先级工单的响应和完成时限。</translation>
    </message>
    <message>
        <source>Respond within %1 · resolve within %2</source>
        <translation>%1 内响应 · %2 内完成</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>%1优先级</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffEditPage</name>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>A reset code goes to their phone when this phone is online.</source>
        <translation>本机联网后，重置验证码将发送到其手机。</translation>
    </message>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation>已保存，本机联网后发送。</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>新员工账号</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The account has no password yet: the server texts a setup code to this phone, and the person sets their password with it.</source>
        <translation>新账号还没有密码：服务器会向该手机发送设置验证码，本人凭此设置密码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Now %1. Leave empty to keep it.</source>
        <translation>当前为 %1。留空则不变。</translation>
    </message>
    <message>
        <source>e.g. 139 0000 0000</source>
        <translation>例如 139 0000 0000</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>所属小区</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Send a password reset code</source>
        <translation>发送密码重置验证码</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <translation>重新启用 %1？</translation>
    </message>
    <message>
        <source>Send a reset code?</source>
        <translation>发送重置验证码？</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>They are signed out on every device at once and can no longer sign in. Their orders stay; reassign open ones.</source>
        <translation>其所有设备将立即退出登录，且无法再登录。工单保留，请改派未完成的工单。</translation>
    </message>
    <message>
        <source>They can sign in again with their password.</source>
        <translation>其可以用原密码重新登录。</translation>
    </message>
    <message>
        <source>A one-time code is texted to their phone; with it they choose a new password, and their other sessions end.</source>
        <translation>一次性验证码将以短信发到其手机；凭此设置新密码，其他设备上的登录随即失效。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>添加员工账号</translation>
    </message>
    <message>
        <source>No staff accounts yet</source>
        <translation>还没有员工账号</translation>
    </message>
</context>
<context>
    <name>StaffShell</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我的</translation>
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
<context>
    <name>SyncStrip</name>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>%n 项修改等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>your work is kept on this phone</source>
        <translation>你的操作已保存在本机</translation>
    </message>
</context>
<context>
    <name>TechnicianDelegate</name>
    <message>
        <source>On duty</source>
        <translation>当班</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>不当班</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n 张未完成工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已派给 %1</translation>
    </message>
    <message>
        <source>Please confirm the repair</source>
        <translation>请确认维修结果</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Write something first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be sent.</source>
        <translation>文字中含有无法发送的字符。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters (%2 now).</source>
        <translation>太长了：最多 %1 个字（现在 %2 个）。</translation>
    </message>
    <message>
        <source>Choose what kind of request this is.</source>
        <translation>请选择请求类型。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Describe the problem in a few words.</source>
        <translation>请简单描述问题。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message>
        <source>Say where it is, e.g. &quot;Lift hall, building 3&quot;.</source>
        <translation>请写明位置，例如“3号楼电梯厅”。</translation>
    </message>
    <message>
        <source>The end of the visit window must be after its start.</source>
        <translation>上门时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>这个时间已经过去了。</translation>
    </message>
    <message>
        <source>At most %1 photos.</source>
        <translation>最多 %1 张照片。</translation>
    </message>
    <message>
        <source>Photos are still being prepared; a moment please.</source>
        <translation>照片还在处理中，请稍候。</translation>
    </message>
    <message>
        <source>Enter a phone number of %1 to %2 digits.</source>
        <translation>请输入 %1 到 %2 位的电话号码。</translation>
    </message>
    <message>
        <source>Technicians do not file requests.</source>
        <translation>维修师傅不能提交报修。</translation>
    </message>
    <message>
        <source>Choose the resident&apos;s unit.</source>
        <translation>请选择业主的房屋。</translation>
    </message>
    <message>
        <source>That unit is not yours.</source>
        <translation>这不是您的房屋。</translation>
    </message>
    <message>
        <source>Your account belongs to no estate.</source>
        <translation>您的账号未关联任何小区。</translation>
    </message>
    <message>
        <source>This request is not on this device.</source>
        <translation>此设备上没有这条工单。</translation>
    </message>
    <message>
        <source>This request is in an unknown state.</source>
        <translation>这条工单的状态未知。</translation>
    </message>
    <message>
        <source>You may not do this on this request.</source>
        <translation>您不能对这条工单执行此操作。</translation>
    </message>
    <message>
        <source>This is not possible in the request&apos;s present state.</source>
        <translation>工单当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation>请选择维修师傅。</translation>
    </message>
    <message>
        <source>The position fix is not valid.</source>
        <translation>定位数据无效。</translation>
    </message>
    <message>
        <source>Say why the work waits.</source>
        <translation>请说明挂起原因。</translation>
    </message>
    <message>
        <source>This device does not know where the work stood before the hold; sync first.</source>
        <translation>本机不知道挂起前的进度，请先同步。</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>Each part needs a name and a quantity from %1 to %2.</source>
        <translation>每个配件都需要名称，数量为 %1 到 %2。</translation>
    </message>
    <message>
        <source>At most %1 parts.</source>
        <translation>最多 %1 个配件。</translation>
    </message>
    <message>
        <source>Minutes worked must be 0 or more.</source>
        <translation>工时（分钟）不能为负数。</translation>
    </message>
    <message>
        <source>Give each rating from 1 to 5 stars.</source>
        <translation>每项评分为 1 到 5 星。</translation>
    </message>
    <message>
        <source>Say what is still wrong.</source>
        <translation>请说明还有什么问题。</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写备注。</translation>
    </message>
    <message>
        <source>Only staff write internal notes.</source>
        <translation>只有员工可以写内部备注。</translation>
    </message>
    <message>
        <source>Write what the resident said.</source>
        <translation>请记录业主的反馈。</translation>
    </message>
    <message>
        <source>Only a complaint can be converted into a repair order.</source>
        <translation>只有投诉可以转为报修单。</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Recorded offline · received %1</source>
        <translation>离线记录 · %1 收到</translation>
    </message>
    <message>
        <source>Any time that suits the office</source>
        <translation>物业方便的任何时间</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A visit window: the day, from, to (&quot;Tue 3 Jun, 09:00 – 12:00&quot;)</extracomment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Checked in %1 · no GPS fix recorded</source>
        <translation>%1 到场签到 · 无定位记录</translation>
    </message>
    <message>
        <source>Checked in %1 · GPS fix, accuracy unknown</source>
        <translation>%1 到场签到 · 已定位，精度未知</translation>
    </message>
    <message>
        <source>Checked in %1 · GPS fix ±%2 m</source>
        <translation>%1 到场签到 · 定位精度 ±%2 米</translation>
    </message>
</context>
<context>
    <name>TicketDetailPage</name>
    <message>
        <source>Request %1</source>
        <translation>报事单 %1</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>找不到这条报事</translation>
    </message>
    <message>
        <source>It may have been removed, or it is not on this phone yet. Pull to refresh on the home screen.</source>
        <translation>它可能已被删除，或还没同步到这部手机。请在首页下拉刷新。</translation>
    </message>
    <message>
        <source>The property office could not accept your last change</source>
        <translation>物业未能接受您刚才的操作</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Saved on this phone. It goes to the property office when you are back online.</source>
        <translation>已保存在手机上，联网后发送给物业。</translation>
    </message>
    <message>
        <source>Saved on this phone and being sent to the property office.</source>
        <translation>已保存在手机上，正在发送给物业。</translation>
    </message>
    <message>
        <source>Is it fixed?</source>
        <translation>问题解决了吗？</translation>
    </message>
    <message>
        <source>The technician marked this as done. Confirm and rate it, or tell us what is still wrong and it reopens.</source>
        <translation>维修师傅已标记完成。请确认并评价；如果还有问题，请告诉我们，工单会重新打开。</translation>
    </message>
    <message>
        <source>Yes, confirm and rate</source>
        <translation>已解决，确认并评价</translation>
    </message>
    <message>
        <source>No, it is not fixed</source>
        <translation>没解决</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理进度</translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation>取消这条报事</translation>
    </message>
    <message>
        <source>What is still wrong?</source>
        <translation>还有什么问题？</translation>
    </message>
    <message>
        <source>The request reopens and the office sends someone again.</source>
        <translation>报事会重新打开，物业会再派人处理。</translation>
    </message>
    <message>
        <source>e.g. The tap still drips at night</source>
        <translation>例如：水龙头晚上还在滴水</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Cancel this request?</source>
        <translation>取消这条报事？</translation>
    </message>
    <message>
        <source>The property office stops working on it.</source>
        <translation>物业将停止处理。</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消报事</translation>
    </message>
</context>
<context>
    <name>TicketPolicy</name>
    <message>
        <source>New</source>
        <translation>新报修</translation>
    </message>
    <message>
        <source>No new requests</source>
        <translation>没有新报修</translation>
    </message>
    <message>
        <source>New repair requests and complaints appear here first.</source>
        <translation>新的报修和投诉首先出现在这里。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Nothing in progress</source>
        <translation>没有处理中的工单</translation>
    </message>
    <message>
        <source>Accepted and dispatched orders appear here.</source>
        <translation>已受理和已派出的工单显示在这里。</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Nothing on hold</source>
        <translation>没有挂起的工单</translation>
    </message>
    <message>
        <source>Orders waiting for parts or the resident appear here.</source>
        <translation>等待配件或等待住户的工单显示在这里。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Nothing awaiting an answer</source>
        <translation>没有待确认的工单</translation>
    </message>
    <message>
        <source>Fixed orders wait here for the resident&apos;s confirmation or your call-back.</source>
        <translation>已完工的工单在这里等待住户确认或你的回访。</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>No orders for you</source>
        <translation>暂时没有你的工单</translation>
    </message>
    <message>
        <source>Orders assigned to you appear here, most urgent first. Take one from the pool.</source>
        <translation>指派给你的工单按紧急程度排在这里。也可以去抢单池抢单。</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>The pool is empty</source>
        <translation>抢单池是空的</translation>
    </message>
    <message>
        <source>Orders the office opens to all technicians appear here.</source>
        <translation>客服开放给所有维修工的工单（抢单）显示在这里。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>还没有完成的工单</translation>
    </message>
    <message>
        <source>Your resolved orders and the residents&apos; ratings appear here.</source>
        <translation>你完工的工单和住户的评价显示在这里。</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>处理中的报事</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>没有进行中的报修</translation>
    </message>
    <message>
        <source>Nothing open: everything you reported is done.</source>
        <translation>没有处理中的报事：您报的事都已办完。</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>历史报事</translation>
    </message>
    <message>
        <source>No past requests</source>
        <translation>还没有历史报事</translation>
    </message>
    <message>
        <source>Requests you confirmed or cancelled show here.</source>
        <translation>已确认或已取消的报事会显示在这里。</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Take this order</source>
        <translation>抢单</translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation>到场签到</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>提交完工</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Record call-back</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Convert to repair</source>
        <translation>转为维修单</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Name the part</source>
        <translation>请填写配件名称</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>最多 %1 个字</translation>
    </message>
    <message>
        <source>Quantity %1 to %2</source>
        <translation>数量 %1 到 %2</translation>
    </message>
    <message>
        <source>Say what was done</source>
        <translation>请说明处理内容</translation>
    </message>
    <message>
        <source>Whole minutes, 0 or more</source>
        <translation>填写整数分钟，0 或以上</translation>
    </message>
</context>
<context>
    <name>TicketSla</name>
    <message>
        <source>Answered in %1 · target %2</source>
        <translation>%1内响应 · 目标 %2</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>%1内响应</translation>
    </message>
    <message>
        <source>Waiting for the property office</source>
        <translation>等待物业受理</translation>
    </message>
    <message>
        <source>Answer due in %1</source>
        <translation>%1内需响应</translation>
    </message>
    <message>
        <source>Answer overdue by %1</source>
        <translation>响应已超时 %1</translation>
    </message>
    <message>
        <source>Fixed in %1 · target %2</source>
        <translation>%1内修复 · 目标 %2</translation>
    </message>
    <message>
        <source>Fixed in %1</source>
        <translation>%1内修复</translation>
    </message>
    <message>
        <source>Fix due in %1</source>
        <translation>%1内需修复</translation>
    </message>
    <message>
        <source>Fix overdue by %1</source>
        <translation>修复已超时 %1</translation>
    </message>
</context>
<context>
    <name>TicketSummaryCard</name>
    <message>
        <source>Reported %1</source>
        <translation>报事时间 %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修师傅</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>尚未派单</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门时间</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>No phone given</source>
        <translation>未留电话</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
</context>
<context>
    <name>TicketsModule</name>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Is it fixed? Please confirm</source>
        <translation>修好了吗？请确认</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>下一单</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>新报修</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>待确认</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>UnitArea</name>
    <message>
        <source>Enter the floor area in m².</source>
        <translation>请输入面积（m²）。</translation>
    </message>
    <message>
        <source>Enter a number such as 89.50.</source>
        <translation>请输入数字，例如 89.50。</translation>
    </message>
    <message>
        <source>At most two decimals (0.01 m²).</source>
        <translation>最多两位小数（0.01 m²）。</translation>
    </message>
    <message>
        <source>Between 0.01 and 100000 m².</source>
        <translation>须在 0.01 到 100000 m² 之间。</translation>
    </message>
</context>
<context>
    <name>UnitEditPage</name>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>房屋 %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新房屋</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>保存房屋</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>e.g. 1202</source>
        <translation>例如 1202</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>例如 12</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>As on the deed, at most two decimals.</source>
        <translation>以房产证为准，最多两位小数。</translation>
    </message>
    <message>
        <source>e.g. 89.50</source>
        <translation>例如 89.50</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>%n 行：新增 %1，更新 %2，未变 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown building %1</source>
        <translation>未知楼栋 %1</translation>
    </message>
    <message>
        <source>unit %1 appears twice in the file</source>
        <translation>房屋 %1 在文件中出现两次</translation>
    </message>
    <message>
        <source>the area %1 is not a number with at most two decimals</source>
        <translation>面积 %1 不是最多两位小数的数字</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 cannot be %2</source>
        <translation>%1 不能为 %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>无法打开文件。</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB; split it into parts.</source>
        <translation>文件超过 10 MB，请拆分后导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Sign in again to import.</source>
        <translation>请重新登录后再导入。</translation>
    </message>
    <message>
        <source>You are offline. Importing needs a connection; try again when online.</source>
        <translation>当前离线。导入需要联网，请联网后重试。</translation>
    </message>
    <message>
        <source>Only a manager of this estate can import units.</source>
        <translation>只有本小区的经理可以导入房屋。</translation>
    </message>
    <message>
        <source>Too many imports just now; wait a minute and try again.</source>
        <translation>导入过于频繁，请稍候一分钟再试。</translation>
    </message>
    <message>
        <source>The server could not take the file. Check it against the template.</source>
        <translation>服务器无法接收该文件，请对照模板检查。</translation>
    </message>
    <message>
        <source>the file has more than 50,000 rows</source>
        <translation>文件超过 50,000 行</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Change unit</source>
        <translation>更换房屋</translation>
    </message>
    <message>
        <source>Search by building or unit number</source>
        <translation>按楼栋或房号搜索</translation>
    </message>
    <message>
        <source>No unit matches “%1”.</source>
        <translation>没有与“%1”匹配的房屋。</translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation>请选择房屋</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>添加房屋</translation>
    </message>
    <message>
        <source>Search by number, e.g. 1202</source>
        <translation>按房号搜索，例如 1202</translation>
    </message>
    <message>
        <source>No unit matches</source>
        <translation>没有匹配的房屋</translation>
    </message>
    <message>
        <source>No units yet</source>
        <translation>还没有房屋</translation>
    </message>
    <message>
        <source>Add units with the + button or import a file.</source>
        <translation>点 + 添加房屋，或导入文件。</translation>
    </message>
</context>
<context>
    <name>VisitWindowSection</name>
    <message>
        <source>Preferred visit time</source>
        <translation>期望上门时间</translation>
    </message>
    <message>
        <source>The office plans the visit in this window if it can.</source>
        <translation>物业会尽量安排在这个时段上门。</translation>
    </message>
    <message>
        <source>Optional: any time that suits the office</source>
        <translation>选填：不选则由物业安排</translation>
    </message>
    <message>
        <source>Choose a visit time</source>
        <translation>选择上门时间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>ArrearsDelegate</name>
    <message>
        <source>Early warning</source>
        <translation>欠费预警</translation>
    </message>
    <message>
        <source>Last reminder: %1</source>
        <translation>上次催缴：%1</translation>
    </message>
    <message>
        <source>Log a reminder</source>
        <translation>记录催缴</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · %1</source>
        <translation>
            <numerusform>%n 户 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>按账龄</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) past the early-warning threshold</source>
        <translation>
            <numerusform>%n 户已达欠费预警线</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrears</source>
        <translation>没有欠费</translation>
    </message>
    <message>
        <source>Every bill past due is paid.</source>
        <translation>到期的账单都已缴清。</translation>
    </message>
</context>
<context>
    <name>ArrearsReminderDialog</name>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Reminder logged. It is sent when the phone is online.</source>
        <translation>催缴已记录，联网后发送。</translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation>催缴 %1</translation>
    </message>
    <message>
        <source>Promised to pay by (YYYY-MM-DD):</source>
        <translation>承诺缴费日期（年-月-日）：</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>结果如何？</translation>
    </message>
    <message>
        <source>Log the promise</source>
        <translation>记录承诺</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Collection</source>
        <translation>收缴</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <source>Collection rate %1</source>
        <translation>收费率 %1</translation>
    </message>
    <message>
        <source>%1 collected of %2</source>
        <translation>应收 %2，实收 %1</translation>
    </message>
    <message>
        <source>Households paid in full: %1</source>
        <translation>户收费率：%1</translation>
    </message>
    <message>
        <source>Arrears recovered: %1</source>
        <translation>清缴率：%1</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Tap a month for its figures.</source>
        <translation>点按某月查看当月数据。</translation>
    </message>
    <message>
        <source>By building</source>
        <translation>按楼栋</translation>
    </message>
    <message>
        <source>Asking the server for the figures…</source>
        <translation>正在向服务器获取数据…</translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation>暂无到期账单</translation>
    </message>
    <message>
        <source>No bill of these months is past its due date, so there is no rate yet.</source>
        <translation>这些月份的账单都还没有到期，暂时没有收费率。</translation>
    </message>
</context>
<context>
    <name>FeeArrearsModel</name>
    <message numerus="yes">
        <source>%n bill(s) · %1</source>
        <translation>
            <numerusform>%n 张账单 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeCollection</name>
    <message numerus="yes">
        <source>%1 (%2 of %n households)</source>
        <translation>
            <numerusform>%1（%Ln 户中 %2 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 in arrears)</source>
        <translation>%1（欠费 %3 中收回 %2）</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>Sign in again to see the figures.</source>
        <translation>请重新登录后查看数据。</translation>
    </message>
    <message>
        <source>Pick the months to show.</source>
        <translation>请选择要显示的月份。</translation>
    </message>
    <message>
        <source>This estate shows its collection figures to managers only.</source>
        <translation>本小区的收缴数据仅对经理开放。</translation>
    </message>
    <message>
        <source>The server could not give the figures. Try again later.</source>
        <translation>服务器暂时无法提供数据，请稍后再试。</translation>
    </message>
    <message>
        <source>You are offline. The collection figures come from the server; they show when you are online again.</source>
        <translation>当前离线。收缴数据来自服务器，联网后显示。</translation>
    </message>
</context>
<context>
    <name>FeeDesk</name>
    <message>
        <source>Pick a unit.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>请输入实收金额。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, at most two decimals (1234.50).</source>
        <translation>请输入以元为单位的金额，最多两位小数（如 1234.50）。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Pick how it was paid.</source>
        <translation>请选择缴费方式。</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>最多 500 个字。</translation>
    </message>
    <message>
        <source>A bill picked owes nothing now.</source>
        <translation>所选账单中有已缴清的账单。</translation>
    </message>
    <message>
        <source>This phone&apos;s store cannot be written.</source>
        <translation>本机数据无法写入。</translation>
    </message>
    <message>
        <source>This payment is not on this device.</source>
        <translation>本机没有这笔缴费。</translation>
    </message>
    <message>
        <source>This payment is reversed already.</source>
        <translation>这笔缴费已冲正。</translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation>请填写冲正原因。</translation>
    </message>
    <message>
        <source>This bill is not on this device.</source>
        <translation>本机没有这张账单。</translation>
    </message>
    <message>
        <source>This bill is waived already.</source>
        <translation>这张账单已减免。</translation>
    </message>
    <message>
        <source>Something is paid on this bill: reverse the payment first.</source>
        <translation>这张账单已有缴费：请先冲正该笔缴费。</translation>
    </message>
    <message>
        <source>Say why the bill is waived.</source>
        <translation>请填写减免原因。</translation>
    </message>
    <message>
        <source>Pick how the resident was reminded.</source>
        <translation>请选择催缴方式。</translation>
    </message>
    <message>
        <source>Pick what came of it.</source>
        <translation>请选择催缴结果。</translation>
    </message>
    <message>
        <source>Pick the day the resident promised to pay by.</source>
        <translation>请选择住户承诺的缴费日期。</translation>
    </message>
    <message>
        <source>The promised day cannot lie in the past.</source>
        <translation>承诺日期不能早于今天。</translation>
    </message>
    <message>
        <source>Pick the meter.</source>
        <translation>请选择表计。</translation>
    </message>
    <message>
        <source>Enter the meter&apos;s figure, at most two decimals.</source>
        <translation>请输入表上读数，最多两位小数。</translation>
    </message>
    <message>
        <source>Enter the new meter&apos;s start figure.</source>
        <translation>请输入新表的起始读数。</translation>
    </message>
    <message>
        <source>Lower than the last reading: mark a meter replacement if the meter was changed.</source>
        <translation>低于上次读数：如已换表，请勾选“已换表”。</translation>
    </message>
    <message>
        <source>The new meter cannot show less than its start figure.</source>
        <translation>新表读数不能小于起始读数。</translation>
    </message>
    <message>
        <source>A meter reading cannot be negative.</source>
        <translation>读数不能为负。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>请输入收费项目名称。</translation>
    </message>
    <message>
        <source>That is too long.</source>
        <translation>太长了。</translation>
    </message>
    <message>
        <source>Pick what the item is charged on.</source>
        <translation>请选择计费方式。</translation>
    </message>
    <message>
        <source>Pick how a line is rounded.</source>
        <translation>请选择取整方式。</translation>
    </message>
    <message>
        <source>A share from 0 to 100%, at most one decimal.</source>
        <translation>比例为 0 到 100%，最多一位小数。</translation>
    </message>
    <message>
        <source>Unknown unit use.</source>
        <translation>未知的房屋用途。</translation>
    </message>
    <message>
        <source>Unknown unit status.</source>
        <translation>未知的房屋状态。</translation>
    </message>
    <message>
        <source>This estate is not on this device yet.</source>
        <translation>本机还没有这个小区的数据。</translation>
    </message>
    <message>
        <source>This fee item is not on this device yet.</source>
        <translation>本机还没有这个收费项目。</translation>
    </message>
    <message>
        <source>A month as 2026-12.</source>
        <translation>月份格式如 2026-12。</translation>
    </message>
    <message>
        <source>This item has a rate from that month already.</source>
        <translation>该项目在这个月已有标准。</translation>
    </message>
    <message>
        <source>A rate in yuan, at most four decimals (2.35).</source>
        <translation>以元为单位的单价，最多四位小数（如 2.35）。</translation>
    </message>
    <message>
        <source>A day from 1 to 31 (31: the month&apos;s last day).</source>
        <translation>1 到 31 日（31 表示月末）。</translation>
    </message>
    <message>
        <source>From 0 to 12 months after the period.</source>
        <translation>账期后 0 到 12 个月。</translation>
    </message>
    <message>
        <source>A daily rate from 0.01% to 1%.</source>
        <translation>日费率 0.01% 到 1%。</translation>
    </message>
    <message>
        <source>From 0 to 365 days.</source>
        <translation>0 到 365 天。</translation>
    </message>
    <message>
        <source>A cap from 0.1% to 100% of the bill, at most one decimal.</source>
        <translation>上限为账单的 0.1% 到 100%，最多一位小数。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan (0: no warning by amount).</source>
        <translation>请输入金额（元；0 表示不按金额预警）。</translation>
    </message>
    <message>
        <source>From 0 to 120 months (0: no warning by age).</source>
        <translation>0 到 120 个月（0 表示不按账龄预警）。</translation>
    </message>
    <message>
        <source>At most 2000 characters.</source>
        <translation>最多 2000 个字。</translation>
    </message>
</context>
<context>
    <name>FeeGeneration</name>
    <message>
        <source>Sign in again to make bills.</source>
        <translation>请重新登录后生成账单。</translation>
    </message>
    <message>
        <source>Only a manager of this estate can make bills.</source>
        <translation>只有本小区的经理可以生成账单。</translation>
    </message>
    <message>
        <source>The server could not make the bills.</source>
        <translation>服务器无法生成账单。</translation>
    </message>
    <message>
        <source>You are offline. Bills are made on the server; try again when online.</source>
        <translation>当前离线。账单在服务器上生成，请联网后再试。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋数</translation>
    </message>
    <message>
        <source>Bills to make</source>
        <translation>将生成账单</translation>
    </message>
    <message>
        <source>Bills made</source>
        <translation>已生成账单</translation>
    </message>
    <message>
        <source>Made before (unchanged)</source>
        <translation>此前已生成（不变）</translation>
    </message>
    <message>
        <source>Skipped (no fee applies)</source>
        <translation>跳过（无适用收费项）</translation>
    </message>
    <message>
        <source>Total billed</source>
        <translation>应收合计</translation>
    </message>
    <message>
        <source>Late fees in it</source>
        <translation>其中滞纳金</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>抵扣预存</translation>
    </message>
    <message>
        <source>A month as %1.</source>
        <translation>请按 %1 的格式填写月份。</translation>
    </message>
</context>
<context>
    <name>FeeItemEditPage</name>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation>已保存，联网后发送。</translation>
    </message>
    <message>
        <source>Rate added. It applies to bills from %1 on.</source>
        <translation>已添加标准，自 %1 起的账单适用。</translation>
    </message>
    <message>
        <source>New fee item</source>
        <translation>新收费项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 物业费</source>
        <translation>如：物业费</translation>
    </message>
    <message>
        <source>Charged on</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Rounding of each line</source>
        <translation>每行取整方式</translation>
    </message>
    <message>
        <source>Units it applies to</source>
        <translation>适用房屋</translation>
    </message>
    <message>
        <source>None ticked: every unit.</source>
        <translation>都不勾选：适用于所有房屋。</translation>
    </message>
    <message>
        <source>Vacant units pay (% of the rate)</source>
        <translation>空置房按标准的百分比收取</translation>
    </message>
    <message>
        <source>Active (billed)</source>
        <translation>启用（计入账单）</translation>
    </message>
    <message>
        <source>Create item</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Each applies to the bills of its month and after, until the next.</source>
        <translation>每个标准适用于其起始月及以后的账单，直到下一个标准。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>新标准</translation>
    </message>
    <message>
        <source>yuan, e.g. 2.35</source>
        <translation>元，如 2.35</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>FeeItemsPage</name>
    <message>
        <source>Fee items &amp; rates</source>
        <translation>收费项目与标准</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a fee item</source>
        <translation>添加收费项目</translation>
    </message>
    <message>
        <source>No fee items yet</source>
        <translation>还没有收费项目</translation>
    </message>
</context>
<context>
    <name>FeeStaff</name>
    <message>
        <source>%1 per %2 a month</source>
        <translation>%1 / %2 / 月</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Unit accounts</source>
        <translation>房屋账户</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>收缴</translation>
    </message>
    <message>
        <source>Fee items &amp; rates</source>
        <translation>收费项目与标准</translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation>收费规则</translation>
    </message>
    <message>
        <source>Bill generation</source>
        <translation>生成账单</translation>
    </message>
</context>
<context>
    <name>FeeStaffWords</name>
    <message>
        <source>Water</source>
        <translation>水表</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Property fee (by area)</source>
        <translation>物业费（按面积）</translation>
    </message>
    <message>
        <source>Parking (per space)</source>
        <translation>车位费（按车位）</translation>
    </message>
    <message>
        <source>Maintenance fund (by area)</source>
        <translation>维修基金（按面积）</translation>
    </message>
    <message>
        <source>Water (metered)</source>
        <translation>水费（按表）</translation>
    </message>
    <message>
        <source>Electricity (metered)</source>
        <translation>电费（按表）</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Half up (to the nearest fen)</source>
        <translation>四舍五入（到分）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>≤ 30 days</source>
        <translation>≤ 30 天</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 天</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 天</translation>
    </message>
    <message>
        <source>&gt; 180 days</source>
        <translation>&gt; 180 天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateBillsPage</name>
    <message>
        <source>Bill generation</source>
        <translation>生成账单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>The month the bills are for (YYYY-MM).</source>
        <translation>账单所属月份（年-月）。</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>试算（不生成）</translation>
    </message>
    <message>
        <source>Bills made for %1</source>
        <translation>已生成 %1 的账单</translation>
    </message>
    <message>
        <source>Dry run for %1: nothing made yet</source>
        <translation>%1 试算结果：尚未生成</translation>
    </message>
    <message>
        <source>They reach the phones with the next sync.</source>
        <translation>下次同步时送达各手机。</translation>
    </message>
    <message>
        <source>Check the figures, then make the bills.</source>
        <translation>核对数据后再生成账单。</translation>
    </message>
    <message>
        <source>Make the bills</source>
        <translation>生成账单</translation>
    </message>
</context>
<context>
    <name>PaymentFormPage</name>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>Amount received (yuan)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>e.g. 1234.50</source>
        <translation>如 1234.50</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Bills it pays</source>
        <translation>缴纳的账单</translation>
    </message>
    <message>
        <source>None ticked: the oldest bills first, the rest is kept as credit.</source>
        <translation>都不勾选：先缴最早的账单，余额转为预存。</translation>
    </message>
    <message>
        <source>In the order ticked; the rest is kept as credit.</source>
        <translation>按勾选顺序缴纳，余额转为预存。</translation>
    </message>
    <message>
        <source>Nothing owed: the whole amount is kept as credit.</source>
        <translation>没有欠费：全部金额转为预存。</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation>%1 · %2 到期 · %3</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Kept as credit: %1</source>
        <translation>转为预存：%1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>登记 %1</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>ReadingRoundPage</name>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>%1 of %2 read this month</source>
        <translation>本月已抄 %1 / %2</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>开始抄表</translation>
    </message>
    <message>
        <source>Next unread unit</source>
        <translation>下一户未抄</translation>
    </message>
    <message>
        <source>first reading</source>
        <translation>首次抄表</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No units in this building</source>
        <translation>这栋楼没有房屋</translation>
    </message>
</context>
<context>
    <name>ReadingUnitPage</name>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Saved on this phone. Next: %1</source>
        <translation>已保存在本机。下一户：%1</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>上次读数</translation>
    </message>
    <message>
        <source>None yet: this is the meter&apos;s first reading</source>
        <translation>暂无：这是该表的首次抄表</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading now</source>
        <translation>本次读数</translation>
    </message>
    <message>
        <source>The figure on the meter</source>
        <translation>表上的读数</translation>
    </message>
    <message>
        <source>The meter was replaced</source>
        <translation>已换表</translation>
    </message>
    <message>
        <source>New meter&apos;s start figure</source>
        <translation>新表起始读数</translation>
    </message>
    <message>
        <source>Photo of the meter (optional)</source>
        <translation>表的照片（可选）</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>保存并下一户</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>%1 will no longer count as paid; the bills it paid are owed again. Say why.</source>
        <translation>%1 将不再计为已缴，其缴纳的账单恢复欠费。请填写原因。</translation>
    </message>
    <message>
        <source>Reverse this payment?</source>
        <translation>冲正这笔缴费？</translation>
    </message>
    <message>
        <source>e.g. 银行转账被退回</source>
        <translation>如：银行转账被退回</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Reversed. It is sent when the phone is online.</source>
        <translation>已冲正，联网后发送。</translation>
    </message>
</context>
<context>
    <name>StaffFeePolicyPage</name>
    <message>
        <source>Saved. It is sent when the phone is online.</source>
        <translation>已保存，联网后发送。</translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation>收费规则</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>每月几日</translation>
    </message>
    <message>
        <source>31: the last day</source>
        <translation>31 表示月末</translation>
    </message>
    <message>
        <source>Months after the period</source>
        <translation>账期后几个月</translation>
    </message>
    <message>
        <source>0: the same month</source>
        <translation>0 表示当月</translation>
    </message>
    <message>
        <source>Charge a late fee (滞纳金)</source>
        <translation>收取滞纳金</translation>
    </message>
    <message>
        <source>% per day</source>
        <translation>每日 %</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Cap, % of bill</source>
        <translation>上限（账单 %）</translation>
    </message>
    <message>
        <source>Early warning (欠费预警)</source>
        <translation>欠费预警</translation>
    </message>
    <message>
        <source>A unit is marked when its arrears reach either threshold; 0 turns one off.</source>
        <translation>欠费达到任一阈值的房屋会被标记；填 0 表示关闭该项。</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Months overdue</source>
        <translation>逾期月数</translation>
    </message>
    <message>
        <source>Payment instructions for residents</source>
        <translation>给住户的缴费说明</translation>
    </message>
    <message>
        <source>e.g. 物业服务中心前台（工作日 9:00–17:00），或转账至 …</source>
        <translation>如：物业服务中心前台（工作日 9:00–17:00），或转账至 …</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Collection figures</source>
        <translation>收费率数据</translation>
    </message>
    <message>
        <source>Managers always see the collection rates; agents only when this is on.</source>
        <translation>物业经理始终可以查看收费率；打开后，前台客服也可以查看。</translation>
    </message>
    <message>
        <source>Agents may see the collection figures</source>
        <translation>允许前台客服查看收费率</translation>
    </message>
</context>
<context>
    <name>StaffUnitAccountPage</name>
    <message>
        <source>Record a payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>催缴</translation>
    </message>
    <message>
        <source>Credit (预存): %1, used on the next bills</source>
        <translation>预存：%1，自动抵扣以后的账单</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>减免…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>冲正…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催缴记录</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>尚未抄表</translation>
    </message>
    <message>
        <source>No bills for this unit yet.</source>
        <translation>该房屋暂无账单。</translation>
    </message>
</context>
<context>
    <name>StaffUnitSearchPage</name>
    <message>
        <source>Unit accounts</source>
        <translation>房屋账户</translation>
    </message>
    <message>
        <source>Building or unit number, e.g. 0301</source>
        <translation>楼栋或房号，如 0301</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <source>The bill for %1 will no longer be owed. Say why; the reason is kept with it.</source>
        <translation>%1 的账单将不再需要缴纳。请填写原因，原因会随账单保存。</translation>
    </message>
    <message>
        <source>Waive this bill?</source>
        <translation>减免这张账单？</translation>
    </message>
    <message>
        <source>e.g. 开发商承担空置期物业费</source>
        <translation>如：开发商承担空置期物业费</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Waived. It is sent when the phone is online.</source>
        <translation>已减免，联网后发送。</translation>
    </message>
</context>
</TS>
