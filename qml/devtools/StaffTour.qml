pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Estate
import Courtyard.Tickets
import Courtyard.Fees
import Courtyard.DevTools

// The staff app's screenshot tour (dev tools only, never in the product): the office's or a
// technician's screens, each shown by driving the app as a person would, with sample work
// filled in where a form is shown (demo data like the seeded estate's: Chinese, not UI text).
Item {
    id: tour

    required property var window
    readonly property bool office: Workspace.viewer.office
    readonly property bool manager: Workspace.viewer.roleName === "manager"
    // The manager's tour is the estate's administration (the office's order screens are the agent's).
    readonly property var steps: manager
        ? ["home", "estate-settings", "sla-dialog", "buildings", "building-dialog", "units", "unit-new-errors",
           "unit-edit", "import", "import-checking", "import-checked", "import-problems", "import-offline",
           "parking", "parking-dialog", "staff", "staff-new", "staff-edit", "staff-deactivate", "duty-roster",
           "residents-empty", "residents", "issue-code", "join-code", "audit-log",
           "fee-collection", "fee-collection-offline", "fee-collection-error", "fee-collection-empty", "fee-items", "fee-item-edit", "fee-policy", "fee-generate",
           "fee-generate-checked", "fee-account-manager", "fee-waive", "fee-reverse", "me"]
        : office
        ? ["home", "inbox", "detail-agent", "priority-dialog", "assign-dialog", "convert-dialog",
           "note-dialog", "hold-dialog", "in-progress", "detail-resolved", "callback-dialog",
           "log-request", "residents", "join-code",
           "fee-arrears", "fee-arrears-age", "fee-arrears-empty", "fee-reminder", "fee-reminder-promise", "fee-unit-search", "fee-account",
           "fee-payment-form", "fee-payment-errors", "fee-receipt", "fee-round", "fee-reading", "fee-reading-lower", "me"]
        : ["home", "my-orders", "pool", "pool-detail", "detail-technician", "check-in", "note-dialog",
           "resolve-form", "signature", "resolve-signed", "done-orders", "my-duty", "fee-round", "fee-reading", "me"]
    readonly property string pages: "qrc:/qt/qml/Courtyard/Tickets/"
    readonly property string estatePages: "qrc:/qt/qml/Courtyard/Estate/"
    readonly property string feePages: "qrc:/qt/qml/Courtyard/Fees/"
    readonly property string estateId: Workspace.viewer.estateIds.length > 0 ? Workspace.viewer.estateIds[0] : ""

    // The first record of an estate list (kind as EstateList takes it), or {}.
    function firstOf(kind, parentId) {
        const model = estateListComponent.createObject(tour, { kind: kind, estateId: kind === "residency" || kind === "joinCode" ? "" : estateId,
                                                               parentId: parentId || "" })
        model.store = Workspace.store
        model.reload()
        const record = model.recordAt(0)
        model.destroy()
        return record
    }
    // The seeded resident's unit (王芳, 1号楼 0301), where residents and codes are.
    function residentUnit() {
        const units = Estate.directory ? Estate.directory.unitChoices("0301", 1) : []
        return units.length > 0 ? units[0].id : ""
    }
    function estatePage(frame, name, properties) {
        return frame.open(estatePages + name, Object.assign({ estateId: tour.estateId }, properties || {}))
    }
    function showEstate(frame, name) {
        let page = null
        switch (name) {
        case "estate-settings":
            return !!estatePage(frame, "EstateSettingsPage.qml")
        case "sla-dialog":
            page = estatePage(frame, "EstateSettingsPage.qml")
            TourTools.find(page, "sla_urgent").clicked()
            return true
        case "buildings":
            return !!estatePage(frame, "BuildingsPage.qml")
        case "building-dialog":
            page = estatePage(frame, "BuildingsPage.qml")
            TourTools.find(page, "addBuilding").clicked()
            return true
        case "units": {
            const b = firstOf("building")
            page = estatePage(frame, "UnitsPage.qml", { buildingId: b.id || "", buildingName: b.name || "" })
            return true
        }
        case "unit-new-errors": {
            const b = firstOf("building")
            page = estatePage(frame, "UnitEditPage.qml", { buildingId: b.id || "", buildingName: b.name || "" })
            page.form.numberText = "1-2801"
            page.form.areaText = "89.575"
            page.save()
            return true
        }
        case "unit-edit": {
            const b = firstOf("building")
            const u = firstOf("unit", b.id)
            return !!estatePage(frame, "UnitEditPage.qml", { buildingId: b.id || "", buildingName: b.name || "", unit: u })
        }
        case "import":
            return !!estatePage(frame, "ImportUnitsPage.qml")
        case "import-checking":
        case "import-checked":
        case "import-problems":
        case "import-offline":
            page = estatePage(frame, "ImportUnitsPage.qml")
            // Sample answers of the server (as UnitImport takes them), no file needed.
            if (name === "import-checked")
                page.importer.takeAnswer(200, { rows: 1200, created: 3, updated: 10, unchanged: 1187, dryRun: true }, true)
            else if (name === "import-problems")
                page.importer.takeAnswer(422, { error: "import_invalid", problems: [
                    { line: 14, reason: "unknown building \"9号楼\" (add the building first; the import does not create buildings)" },
                    { line: 27, reason: "area 89.575 has more than two decimals" },
                    { line: 311, reason: "missing cell: 房号" }] }, true)
            else if (name === "import-offline")
                page.importer.takeAnswer(0, {}, true)
            if (name === "import-checking")
                page.importer.check("file:///nonexistent/units.csv")
            return true
        case "parking":
            return !!estatePage(frame, "ParkingPage.qml")
        case "parking-dialog":
            page = estatePage(frame, "ParkingPage.qml")
            page.edit(null)
            return true
        case "staff":
            return !!estatePage(frame, "StaffPage.qml")
        case "staff-new":
            page = estatePage(frame, "StaffEditPage.qml")
            page.nameText = "孙磊"
            page.phoneText = "13900000077"
            return true
        case "staff-edit":
        case "staff-deactivate": {
            const person = Estate.record("staff", "usr-tech-1")
            page = estatePage(frame, "StaffEditPage.qml", { person: person })
            if (name === "staff-deactivate")
                TourTools.find(page, "deactivateStaff").clicked()
            return true
        }
        case "duty-roster":
            return !!estatePage(frame, "DutyRosterPage.qml")
        case "my-duty":
            return !!estatePage(frame, "MyDutyPage.qml")
        case "residents-empty":
            return !!estatePage(frame, "ResidentsPage.qml")
        case "residents":
            return !!estatePage(frame, "ResidentsPage.qml", { unitId: residentUnit() })
        case "issue-code":
            page = estatePage(frame, "ResidentsPage.qml", { unitId: residentUnit() })
            TourTools.find(page, "issueJoinCode").clicked()
            return true
        case "join-code": {
            const code = firstOf("joinCode", residentUnit())
            return !!estatePage(frame, "JoinCodePage.qml", { codeId: code.id || "", unitLabel: Estate.directory ? Estate.directory.unitLabel(residentUnit()) : "" })
        }
        case "audit-log":
            return !!estatePage(frame, "AuditLogPage.qml")
        }
        return false
    }

    // The row-th order of the tab-th queue of the viewer's order lists.
    function orderOf(tab, row) {
        const queue = Tickets.queues(Workspace.viewer.roleName)[tab].id
        const model = listComponent.createObject(tour, { queue: queue, viewerId: Workspace.viewer.userId })
        model.store = Workspace.store
        const id = model.idAt(row)
        model.destroy()
        return id
    }
    function openOrder(frame, tab, row) {
        const id = orderOf(tab, row)
        return id === "" ? null : frame.open(pages + "OrderDetailPage.qml", { ticketId: id })
    }
    // A scribbled name on the signature pad.
    function sign(pad) {
        pad.clear()
        const w = pad.width, h = pad.height, base = h * 0.62
        const wave = []
        for (let i = 0; i <= 40; ++i)
            wave.push({ x: w * 0.12 + i * w * 0.012, y: base - Math.abs(Math.sin(i / 3)) * h * 0.22 })
        pad.addStroke(wave)
        const loop = []
        for (let a = 0; a <= 28; ++a) {
            const t = a / 28 * Math.PI * 2.4
            loop.push({ x: w * 0.66 + Math.cos(t) * w * 0.08 + a * 2, y: base - h * 0.12 + Math.sin(t) * h * 0.14 })
        }
        pad.addStroke(loop)
        pad.addStroke([{ x: w * 0.1, y: base + 8 }, { x: w * 0.86, y: base + 2 }])
    }
    function fillResolve(page) {
        page.form.summary = "更换厨房水槽下破裂的 PPR 弯头，试水 10 分钟无渗漏。"
        page.form.partsEditor.addPart("PPR 弯头 20mm", 2)
        page.form.partsEditor.addPart("生料带", 1)
        page.form.minutesText = "45"
    }

    function show(name) {
        const frame = TourTools.find(window, "shellFrame")
        if (!frame)
            return false
        frame.showTab("home", 0)
        let detail = null
        switch (name) {
        case "home":
            return true
        case "inbox":
        case "my-orders":
            return !!frame.showTab("orders", 0)
        case "in-progress":
        case "pool":
            return !!frame.showTab("orders", 1)
        case "done-orders":
            return !!frame.showTab("orders", 2)
        case "detail-agent":
        case "detail-technician":
            return !!openOrder(frame, 0, 0)
        case "pool-detail":
            return !!openOrder(frame, 1, 0)
        case "detail-resolved":
            return !!openOrder(frame, 3, 0)
        case "priority-dialog":
        case "assign-dialog":
        case "note-dialog":
        case "check-in":
            detail = openOrder(frame, 0, 0)
            if (detail)
                detail.run({ "priority-dialog": "setPriority", "assign-dialog": "dispatch",
                             "note-dialog": "note", "check-in": "checkIn" }[name])
            return !!detail
        case "convert-dialog":
            detail = openOrder(frame, 0, 1)
            if (detail)
                detail.run("convert")
            return !!detail
        case "hold-dialog":
            detail = openOrder(frame, 1, 0)
            if (detail)
                detail.run("hold")
            return !!detail
        case "callback-dialog":
            detail = openOrder(frame, 3, 0)
            if (detail)
                detail.run("callBack")
            return !!detail
        case "resolve-form":
        case "signature":
        case "resolve-signed": {
            const id = orderOf(0, 0)
            if (id === "")
                return false
            const page = frame.open(pages + "ResolvePage.qml", { ticketId: id })
            fillResolve(page)
            if (name !== "resolve-form") {
                page.signatureSheet.open()
                sign(page.signatureSheet.drawing)
            }
            if (name === "resolve-signed")
                signLater.run(page)
            return true
        }
        case "log-request": {
            frame.showTab("orders", 0)
            const page = frame.open(pages + "LogRequestPage.qml")
            const units = Estate.directory ? Estate.directory.unitChoices("", 1) : []
            if (units.length > 0)
                page.unitPicker.choose(units[0].id, units[0].label)
            page.category = "electrical"
            page.descriptionText = "住户来电：楼道灯不亮已两天，晚上出入不便。"
            page.phoneText = "13800000001"
            return true
        }
        case "me":
            return !!frame.showTab("me", 0)
        }
        if (name.startsWith("fee-"))
            return showFees(frame, name)
        return showEstate(frame, name)
    }

    // The unit of the arrears list's first row (the one owing most), or "".
    function owingUnit() {
        const list = arrearsComponent.createObject(tour, { estateId: estateId })
        list.store = Workspace.store
        list.reload()
        const id = list.unitAt(0)
        list.destroy()
        return id
    }
    function feePage(frame, name, properties) {
        return frame.open(feePages + name, Object.assign({ estateId: tour.estateId }, properties || {}))
    }
    function showFees(frame, name) {
        let page = null
        switch (name) {
        case "fee-arrears":
            return !!feePage(frame, "ArrearsPage.qml")
        case "fee-arrears-age":
            page = feePage(frame, "ArrearsPage.qml")
            page.arrears.sort = "age"
            return true
        case "fee-arrears-empty":
            // The same estate on a day before any bill fell due: nothing is in arrears.
            page = feePage(frame, "ArrearsPage.qml")
            page.arrears.today = "2020-01-01"
            return true
        case "fee-reminder":
        case "fee-reminder-promise": {
            page = feePage(frame, "ArrearsPage.qml")
            const unit = owingUnit()
            page.reminderDialog.ask(unit, Estate.directory ? Estate.directory.unitLabel(unit) : "")
            if (name === "fee-reminder-promise")
                page.reminderDialog.log(page.reminderDialog.outcomes.find(o => o.needsDate))
            return true
        }
        case "fee-unit-search":
            page = feePage(frame, "StaffUnitSearchPage.qml")
            page.searchText = "03"
            return true
        case "fee-account":
        case "fee-account-manager":
            return !!feePage(frame, "StaffUnitAccountPage.qml", { unitId: owingUnit() })
        case "fee-waive":
        case "fee-reverse": {
            // The first bill that may be waived (nothing paid on it) or payment that may be
            // reversed, opened by its own button as a manager would.
            const unit = name === "fee-waive" ? owingUnit() : residentUnit()
            page = feePage(frame, "StaffUnitAccountPage.qml", { unitId: unit })
            let target = ""
            if (name === "fee-waive") {
                const bills = FeeStaff.desk ? FeeStaff.desk.outstanding(unit) : []
                const bill = bills.find(b => FeeStaff.canWaive(b.billId))
                target = bill ? "waive_" + bill.billId : ""
            } else {
                const payments = paymentsComponent.createObject(tour, { unitId: unit })
                payments.store = Workspace.store
                payments.reload()
                for (let row = 0; row < payments.count && target === ""; ++row) {
                    if (FeeStaff.canReverse(payments.idAt(row)))
                        target = "reverse_" + payments.idAt(row)
                }
                payments.destroy()
            }
            const button = target !== "" ? TourTools.find(page, target) : null
            if (button)
                button.clicked()
            return !!button
        }
        case "fee-payment-form":
        case "fee-payment-errors": {
            const unit = owingUnit()
            page = feePage(frame, "PaymentFormPage.qml",
                           { unitId: unit, unitLabel: Estate.directory ? Estate.directory.unitLabel(unit) : "" })
            page.amountText = name === "fee-payment-errors" ? "210.025" : "500"
            page.method = "wechat"
            if (name === "fee-payment-errors")
                page.attempted = true
            return true
        }
        case "fee-receipt": {
            const unit = owingUnit()
            page = feePage(frame, "PaymentFormPage.qml",
                           { unitId: unit, unitLabel: Estate.directory ? Estate.directory.unitLabel(unit) : "" })
            page.amountText = "210.02"
            return page.submit() !== ""
        }
        case "fee-round":
            return !!feePage(frame, "ReadingRoundPage.qml")
        case "fee-reading":
        case "fee-reading-lower": {
            page = feePage(frame, "ReadingRoundPage.qml")
            const unitPage = page.openUnit(0)
            if (unitPage && name === "fee-reading-lower") {
                unitPage.valueText = "0.5"
                unitPage.attempted = true
            } else if (unitPage) {
                unitPage.valueText = "1216.8"
            }
            return !!unitPage
        }
        case "fee-collection":
            return !!feePage(frame, "CollectionPage.qml")
        case "fee-collection-offline":
            page = feePage(frame, "CollectionPage.qml")
            page.figures.takeAnswer(0, {})
            return true
        case "fee-collection-error":
            page = feePage(frame, "CollectionPage.qml")
            page.figures.takeAnswer(500, {})
            return true
        case "fee-collection-empty":
            // A new estate's first months: bills made, none due yet.
            page = feePage(frame, "CollectionPage.qml")
            page.figures.takeAnswer(200, { months: [], buildings: [], total: { receivableFen: 0, collectedFen: 0 } })
            return true
        case "fee-items":
            return !!feePage(frame, "FeeItemsPage.qml")
        case "fee-item-edit": {
            const items = FeeStaff.items(estateId)
            return !!feePage(frame, "FeeItemEditPage.qml", { itemId: items.length > 0 ? items[0].id : "" })
        }
        case "fee-policy":
            return !!feePage(frame, "StaffFeePolicyPage.qml")
        case "fee-generate":
            return !!feePage(frame, "GenerateBillsPage.qml")
        case "fee-generate-checked":
            page = feePage(frame, "GenerateBillsPage.qml")
            page.run.check(page.periodText)
            return true
        }
        return false
    }

    // The canvas paints on the next frame: sign a moment later, then scroll to the signature.
    Timer {
        id: signLater
        property var page: null
        function run(resolvePage) {
            page = resolvePage
            restart()
        }
        interval: 150
        onTriggered: {
            if (page.takeSignature(page.signatureSheet.drawing))
                page.signatureSheet.close()
            page.flickable.contentY = Math.max(0, page.flickable.contentHeight - page.flickable.height)
        }
    }

    Component {
        id: listComponent
        TicketListModel {}
    }
    Component {
        id: estateListComponent
        EstateList {}
    }
    Component {
        id: arrearsComponent
        ArrearsList {}
    }
    Component {
        id: paymentsComponent
        PaymentListModel {}
    }
}
