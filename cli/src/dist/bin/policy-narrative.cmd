@echo off
rem policy-narrative: convert, validate and summarise policy-narrative files.
rem
rem Windows launcher of the distribution (bin\, lib\, plugins\).
rem   JAVA_HOME                 the Java 17+ to run; else the java on the PATH
rem   JAVA_OPTS                 more JVM options, such as -Xmx2g
rem   POLICY_NARRATIVE_PLUGINS  more adapter jars, or directories of them, separated by ';'
rem The class-data archive of the POSIX launcher is not made here.
setlocal

set "APP_HOME=%~dp0.."

if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_CMD%" (
  echo policy-narrative: JAVA_HOME is %JAVA_HOME%, but %JAVA_CMD% does not exist; set JAVA_HOME to a Java 17 or later installation, or unset it to use the java on the PATH 1>&2
  exit /b 1
)

"%JAVA_CMD%" -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -cp "%APP_HOME%\lib\policy-narrative.jar;%APP_HOME%\plugins\*" org.policynarrative.cli.PolicyNarrativeCli %*
exit /b %ERRORLEVEL%
