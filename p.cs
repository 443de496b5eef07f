using Microsoft.Win32.SafeHandles;
foreach (var p in args) { using var h = File.OpenHandle(p, FileMode.Open, FileAccess.Read); Console.WriteLine($"{p}: {h.GetFileType()}"); }
