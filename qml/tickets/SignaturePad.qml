pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// A white pad the resident signs on with a finger (or the mouse). Keeps the strokes, so it
// redraws after a resize; saveTo() writes the drawing as a PNG file.
Rectangle {
    id: pad

    // Strokes as arrays of {x, y}, in pad coordinates.
    property var strokes: []
    readonly property bool empty: strokes.length === 0

    function clear() {
        strokes = []
        canvas.requestPaint()
    }
    // Adds a stroke (also how tests and the screenshot tour sign without a finger).
    function addStroke(points) {
        const copy = strokes.slice()
        copy.push(points)
        strokes = copy
        canvas.requestPaint()
    }
    // Saves the drawing (white background, dark ink) to a PNG file; false when it failed.
    function saveTo(path) {
        return canvas.save(path)
    }

    objectName: "signaturePad"
    color: Theme.surface
    radius: Theme.radiusM
    border.color: Theme.outline
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Signature area")

    Canvas {
        id: canvas
        anchors.fill: parent
        anchors.margins: 1 // keeps the frame visible
        // The strokes being drawn right now (kept out of `strokes` until the finger lifts).
        property var current: []

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = "#FFFFFF"
            ctx.fillRect(0, 0, width, height)
            ctx.strokeStyle = "#1E2A4A"
            ctx.lineWidth = 3
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            const all = pad.strokes.concat(current.length > 0 ? [current] : [])
            for (let s = 0; s < all.length; ++s) {
                const points = all[s]
                if (points.length === 0)
                    continue
                ctx.beginPath()
                ctx.moveTo(points[0].x, points[0].y)
                if (points.length === 1)
                    ctx.lineTo(points[0].x + 0.5, points[0].y + 0.5)
                for (let i = 1; i < points.length; ++i)
                    ctx.lineTo(points[i].x, points[i].y)
                ctx.stroke()
            }
        }
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
    }

    Text {
        anchors.centerIn: parent
        visible: pad.empty && !area.pressed
        text: qsTr("Sign here")
        font.pixelSize: Theme.fontHeadline
        color: Theme.outline
    }
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: parent.height * 0.28
        height: 1
        color: Theme.outline
    }

    MouseArea {
        id: area
        anchors.fill: parent
        preventStealing: true
        onPressed: mouse => {
            canvas.current = [{ x: mouse.x, y: mouse.y }]
            canvas.requestPaint()
        }
        onPositionChanged: mouse => {
            const points = canvas.current
            points.push({ x: mouse.x, y: mouse.y })
            canvas.current = points
            canvas.requestPaint()
        }
        onReleased: {
            pad.addStroke(canvas.current)
            canvas.current = []
        }
    }
}
