# Install the kiosk from this offline bundle on Windows, with no network.
#
#   powershell -ExecutionPolicy Bypass -File install.ps1 [-Prefix "C:\Kiosk"] [-Python "C:\Python313\python.exe"]
#                                                        [-DataDir "C:\KioskData"]
#
# With -DataDir (a folder that exists), the staff PIN as install.sh sets it: a PIN already set is
# always kept; otherwise KIOSK_STAFF_PIN from the environment, or asked twice, not shown, on a console.
#
# Needs Python 3.12 or newer for Windows x86-64 installed for all users first (see docs/deployment.md).
# Running it again repairs or upgrades.
param(
    [string]$Prefix = "C:\Kiosk",
    [string]$Python = "",
    [string]$DataDir = ""
)
$ErrorActionPreference = "Stop"
$here = $PSScriptRoot

function Fail($message) { Write-Error "kiosk install: $message"; exit 1 }

# 1. Refuse a damaged copy before changing anything.
foreach ($line in Get-Content (Join-Path $here "SHA256SUMS")) {
    $hash, $name = $line -split "  ", 2
    $file = Join-Path $here ($name -replace "/", "\")
    if (-not (Test-Path $file) -or (Get-FileHash -Algorithm SHA256 $file).Hash -ne $hash.ToUpper()) {
        Fail "$name is missing or damaged: copy the bundle folder again"
    }
}

# 2. A Python that is new enough.
if (-not $Python) {
    $launcher = Get-Command py.exe -ErrorAction SilentlyContinue
    if ($launcher) { $Python = (& py.exe -3 -c "import sys; print(sys.executable)").Trim() }
}
if (-not $Python) { Fail "Python 3.12 or newer is needed: install it for all users, or pass -Python" }
& $Python -c "import sys; sys.exit(sys.version_info < (3, 12))"
if ($LASTEXITCODE -ne 0) { Fail "$Python is older than Python 3.12" }

# 3. The app and its own Python environment, from the bundle's wheels only.
$version = (Get-Content (Join-Path $here "VERSION")).Trim()
$release = Join-Path $Prefix "releases\$version"
if (Test-Path $release) { Remove-Item -Recurse -Force $release }
New-Item -ItemType Directory -Force $release | Out-Null
Copy-Item -Recurse (Join-Path $here "app") (Join-Path $release "app")
& $Python -m venv (Join-Path $release "venv")
if ($LASTEXITCODE -ne 0) { Fail "could not create the Python environment" }
$env:PIP_CONFIG_FILE = "NUL"
Remove-Item Env:PIP_FIND_LINKS, Env:PIP_INDEX_URL, Env:PIP_EXTRA_INDEX_URL -ErrorAction SilentlyContinue
& (Join-Path $release "venv\Scripts\python.exe") -m pip install --quiet --disable-pip-version-check --no-index `
    --find-links (Join-Path $here "wheels") --constraint (Join-Path $release "app\constraints.txt") `
    --editable (Join-Path $release "app")
if ($LASTEXITCODE -ne 0) { Fail "the Python packages did not install (see above)" }
& (Join-Path $release "venv\Scripts\kiosk.exe") validate --quiet (Join-Path $release "app\content\rfa-facet") | Out-Null
if ($LASTEXITCODE -ne 0) { Fail "the installed kiosk does not start its checks" }

# 4. Point C:\Kiosk\current at this release (the shell command never changes).
$current = Join-Path $Prefix "current"
if (Test-Path $current) { (Get-Item $current).Delete() }
New-Item -ItemType Junction -Path $current -Target $release | Out-Null
Write-Output "kiosk install: installed $current\venv\Scripts\kiosk.exe"
Write-Output "kiosk install: now set it as the kiosk user's shell (docs/deployment.md, 'Windows')"

# 5. The staff PIN of a new kiosk; a PIN already set is never reset.
$kiosk = Join-Path $current "venv\Scripts\kiosk.exe"
$later = "$kiosk set-pin --data-dir $DataDir"
if ($DataDir) {
    if (-not (Test-Path $DataDir)) { Fail "$DataDir does not exist: create it first (docs/deployment.md, 'Windows')" }
    & $kiosk set-pin --data-dir $DataDir --check | Out-Null
    $state = $LASTEXITCODE
    if ($state -eq 0) {
        Write-Output "kiosk install: the staff PIN already set is kept"
    } elseif ($state -ne 1) {
        Write-Output "kiosk install: warning: the staff PIN file cannot be read; set a new PIN with: $later"
    } elseif ($env:KIOSK_STAFF_PIN) {
        $env:KIOSK_STAFF_PIN | & $kiosk set-pin --data-dir $DataDir --stdin | Out-Null
        if ($LASTEXITCODE -ne 0) { Fail "KIOSK_STAFF_PIN must be 4 to 8 digits; no staff PIN was set" }
        Write-Output "kiosk install: the staff PIN from KIOSK_STAFF_PIN is set"
    } elseif ([Environment]::UserInteractive -and -not [Console]::IsInputRedirected) {
        Write-Output "kiosk install: choose the staff PIN (4 to 8 digits): it is asked twice and not shown"
        & $kiosk set-pin --data-dir $DataDir
        if ($LASTEXITCODE -ne 0) { Write-Output "kiosk install: no staff PIN was set; set it later with: $later" }
    } else {
        Write-Output "kiosk install: no staff PIN yet: set it with '$later', or run install.ps1 again with KIOSK_STAFF_PIN set"
    }
}
