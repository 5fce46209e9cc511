pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick

// Dates and times the same way on every screen, short and in the UI language (the patterns
// are translated, so Chinese reads "6月3日 14:05" and English "3 Jun, 14:05").
//   dateTime(d), date(d), time(d), weekdayDate(d): d is a Date, an ISO string or ms; "" when
//   there is none
QtObject {
    function toDate(value) {
        if (value === undefined || value === null || value === "")
            return null
        const d = value instanceof Date ? value : new Date(value)
        return isNaN(d.getTime()) ? null : d
    }

    function dateTime(value) {
        const d = toDate(value)
        //: Date and time pattern (Qt's QDateTime::toString): short, no year
        return d ? d.toLocaleString(Qt.locale(), qsTr("d MMM, HH:mm")) : ""
    }

    function date(value) {
        const d = toDate(value)
        //: Date pattern (Qt's QDate::toString): short, no year
        return d ? d.toLocaleDateString(Qt.locale(), qsTr("d MMM")) : ""
    }

    function weekdayDate(value) {
        const d = toDate(value)
        //: Date pattern with the weekday (Qt's QDate::toString)
        return d ? d.toLocaleDateString(Qt.locale(), qsTr("ddd d MMM")) : ""
    }

    function time(value) {
        const d = toDate(value)
        return d ? d.toLocaleTimeString(Qt.locale(), "HH:mm") : ""
    }
}
