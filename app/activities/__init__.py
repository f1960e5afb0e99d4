"""Activities and classes (活动与课程): courses, troupes, interest classes and events."""
