// Android half of platform/android/AndroidNotifier: alarms that post neutral reminders.
// Written against the C++ interface; built only with the Android app (not on Linux).
package org.ditcompanion.app;

import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.os.Build;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

public final class Reminders {
    static final String CHANNEL = "reminders";
    static final String PREFS = "reminders";
    static final String KEY_PENDING = "pending";
    static final String EXTRA_ID = "id";
    static final String EXTRA_TITLE = "title";
    static final String EXTRA_BODY = "body";

    private Reminders() {}

    public static boolean areEnabled(Context context) {
        NotificationManager nm = context.getSystemService(NotificationManager.class);
        if (nm == null || !nm.areNotificationsEnabled())
            return false;
        if (Build.VERSION.SDK_INT >= 26) {
            NotificationChannel channel = nm.getNotificationChannel(CHANNEL);
            if (channel != null && channel.getImportance() == NotificationManager.IMPORTANCE_NONE)
                return false;
        }
        return true;
    }

    // Replaces every pending reminder. Times are milliseconds since the epoch (UTC).
    public static synchronized void schedule(Context context, String[] ids, long[] at,
                                             String[] titles, String[] bodies) {
        cancelAll(context);
        JSONArray saved = new JSONArray();
        for (int i = 0; i < ids.length; ++i) {
            arm(context, ids[i], at[i], titles[i], bodies[i]);
            try {
                saved.put(new JSONObject().put(EXTRA_ID, ids[i]).put("at", at[i])
                              .put(EXTRA_TITLE, titles[i]).put(EXTRA_BODY, bodies[i]));
            } catch (JSONException e) {
                // Only strings and numbers are put: cannot happen.
            }
        }
        prefs(context).edit().putString(KEY_PENDING, saved.toString()).apply();
    }

    public static synchronized void cancelAll(Context context) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        for (JSONObject r : load(context)) {
            PendingIntent pi = intentFor(context, r.optString(EXTRA_ID), "", "",
                                         PendingIntent.FLAG_NO_CREATE);
            if (pi != null && alarms != null) {
                alarms.cancel(pi);
                pi.cancel();
            }
        }
        prefs(context).edit().remove(KEY_PENDING).apply();
    }

    // After a reboot alarms are gone; ReminderReceiver calls this on BOOT_COMPLETED.
    static synchronized void restore(Context context) {
        long now = System.currentTimeMillis();
        for (JSONObject r : load(context)) {
            long at = r.optLong("at");
            if (at > now)
                arm(context, r.optString(EXTRA_ID), at, r.optString(EXTRA_TITLE),
                    r.optString(EXTRA_BODY));
        }
    }

    public static void showNow(Context context, String id, String title, String body) {
        NotificationManager nm = context.getSystemService(NotificationManager.class);
        if (nm == null)
            return;
        ensureChannel(context, nm);
        Notification.Builder b = Build.VERSION.SDK_INT >= 26
                ? new Notification.Builder(context, CHANNEL)
                : new Notification.Builder(context);
        Intent open = context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        PendingIntent tap = open == null ? null
                : PendingIntent.getActivity(context, 0, open,
                      PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
        // The words are neutral by design, so the lock screen may show them; keep the
        // public version identical rather than leaking more on an unlocked phone.
        Notification publicVersion = (Build.VERSION.SDK_INT >= 26
                ? new Notification.Builder(context, CHANNEL) : new Notification.Builder(context))
                .setSmallIcon(context.getApplicationInfo().icon)
                .setContentTitle(title).setContentText(body).build();
        b.setSmallIcon(context.getApplicationInfo().icon)
         .setContentTitle(title)
         .setContentText(body)
         .setAutoCancel(true)
         .setVisibility(Notification.VISIBILITY_PRIVATE)
         .setPublicVersion(publicVersion)
         .setCategory(Notification.CATEGORY_REMINDER);
        if (tap != null)
            b.setContentIntent(tap);
        nm.notify(id.hashCode(), b.build());
    }

    private static void arm(Context context, String id, long at, String title, String body) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        if (alarms == null)
            return;
        PendingIntent pi = intentFor(context, id, title, body, PendingIntent.FLAG_UPDATE_CURRENT);
        // Inexact is fine for "your form is open": it needs no exact-alarm permission and
        // still fires in Doze.
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pi);
    }

    private static PendingIntent intentFor(Context context, String id, String title, String body,
                                           int flags) {
        Intent intent = new Intent(context, ReminderReceiver.class)
                .setAction("org.ditcompanion.app.REMINDER." + id)
                .putExtra(EXTRA_ID, id).putExtra(EXTRA_TITLE, title).putExtra(EXTRA_BODY, body);
        return PendingIntent.getBroadcast(context, id.hashCode(), intent,
                                          flags | PendingIntent.FLAG_IMMUTABLE);
    }

    private static void ensureChannel(Context context, NotificationManager nm) {
        if (Build.VERSION.SDK_INT < 26 || nm.getNotificationChannel(CHANNEL) != null)
            return;
        // The channel's name is visible in the phone's settings: neutral too.
        NotificationChannel channel = new NotificationChannel(CHANNEL, "Reminders",
                NotificationManager.IMPORTANCE_DEFAULT);
        channel.setLockscreenVisibility(Notification.VISIBILITY_PRIVATE);
        nm.createNotificationChannel(channel);
    }

    private static SharedPreferences prefs(Context context) {
        return context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    private static java.util.List<JSONObject> load(Context context) {
        java.util.List<JSONObject> out = new java.util.ArrayList<>();
        try {
            JSONArray a = new JSONArray(prefs(context).getString(KEY_PENDING, "[]"));
            for (int i = 0; i < a.length(); ++i)
                out.add(a.getJSONObject(i));
        } catch (JSONException e) {
            // A damaged list is dropped; the app reschedules when it next opens.
        }
        return out;
    }
}
