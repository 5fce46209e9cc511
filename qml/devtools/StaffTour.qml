pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Estate
import Courtyard.Tickets
import Courtyard.DevTools

// The staff app's screenshot tour (dev tools only, never in the product): the office's or a
// technician's screens, each shown by driving the app as a person would, with sample work
// filled in where a form is shown (demo data like the seeded estate's: Chinese, not UI text).
Item {
    id: tour

    required property var window
    readonly property bool office: Workspace.viewer.office
    readonly property var steps: office
        ? ["home", "inbox", "detail-agent", "priority-dialog", "assign-dialog", "convert-dialog",
           "note-dialog", "hold-dialog", "in-progress", "detail-resolved", "callback-dialog",
           "log-request", "me"]
        : ["home", "my-orders", "pool", "pool-detail", "detail-technician", "check-in", "note-dialog",
           "resolve-form", "signature", "resolve-signed", "done-orders", "me"]
    readonly property string pages: "qrc:/qt/qml/Courtyard/Tickets/"

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
}
