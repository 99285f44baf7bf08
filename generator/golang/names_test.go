package golang

import (
	"go/token"
	"strings"
	"testing"
)

func TestGoName(t *testing.T) {
	tests := []struct{ in, want string }{
		// The cases the tracker lists.
		{"userId", "UserID"},
		{"iOSDeviceId", "IOSDeviceID"},
		{"loginByiOSDeviceId", "LoginByIOSDeviceID"},
		{"ipAddressCreate", "IPAddressCreate"},
		{"Generic.BanItem", "BanItem"},
		{"Secret-Key", "SecretKey"},
		{"Game-Id", "GameID"},
		{"androidDeviceId", "AndroidDeviceID"},
		{"tsCreate", "TsCreate"},
		{"GNHashtableNull", "GNHashtableNull"},
		{"macOSDeviceId", "MacOSDeviceID"},
		{"urlPath", "URLPath"},
		{"json", "JSON"},
		// Names from the GearN and Kakao pages.
		{"loginByAndroidDeviceId", "LoginByAndroidDeviceID"},
		{"GenericModels.DataItem", "DataItem"},
		{"Auth-Token", "AuthToken"},
		{"Content-Type", "ContentType"},
		{"kgAppId", "KgAppID"},
		{"windowsPhoneDeviceId", "WindowsPhoneDeviceID"},
		{"customDatas", "CustomDatas"},
		{"invalidRequestParameters", "InvalidRequestParameters"},
		{"MaxCCUReject", "MaxCCUReject"},
		{"SecretInvalid", "SecretInvalid"},
		{"Ok", "Ok"},
		{"client", "Client"},
		{"iOS", "IOS"},
		{"iPhoneToken", "IPhoneToken"},
		{"loginByiPadOSId", "LoginByIPadOSID"},
		{"iPadding", "IPadding"},
		// Initialisms anywhere in the name, and their plurals.
		{"HTTPStatus", "HTTPStatus"},
		{"getHttpsUrl", "GetHTTPSURL"},
		{"apiKey", "APIKey"},
		{"userIds", "UserIDs"},
		{"playerIDs", "PlayerIDs"},
		{"uuid", "UUID"},
		{"utf8String", "UTF8String"},
		{"xmlHTTPRequest", "XMLHTTPRequest"},
		{"id", "ID"},
		{"ID", "ID"},
		{"Ids", "IDs"},
		{"userId2", "UserID2"},
		{"loginByAndroidDeviceId0001", "LoginByAndroidDeviceID0001"},
		{"ipv4", "Ipv4"},
		{"utf16", "Utf16"},
		// Other separators and cases.
		{"player_id", "PlayerID"},
		{"ACCOUNT_NOT_FOUND", "AccountNotFound"},
		{"OK", "Ok"},
		{"some name", "SomeName"},
		{"a", "A"},
		{"_private", "Private"},
		{"v2Api", "V2API"},
		{"base64Data", "Base64Data"},
		{"Game-Id ", "GameID"},
		// Names that cannot start an exported identifier as they are.
		{"2fa", "X2fa"},
		{"端末ID", "X端末ID"},
		{"", ""},
		{"---", ""},
		{"Generic.", ""},
	}
	for _, tt := range tests {
		if got := GoName(tt.in); got != tt.want {
			t.Errorf("goName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGoNameIsExportedIdentifier checks the promise every caller relies on:
// a non-empty goName is an exported Go identifier.
func TestGoNameIsExportedIdentifier(t *testing.T) {
	inputs := []string{
		"userId", "loginByiOSDeviceId", "2fa", "端末ID", "a-b-c", "x.y.z", "é",
		"GNArrayMaxLength", "ÉtatCivil", "über", "ǅemal", "A1b2C3", "9",
		"ACCOUNT_NOT_FOUND", "Secret-Key", "macOSDeviceId",
	}
	for _, in := range inputs {
		got := GoName(in)
		if !token.IsIdentifier(got) || !token.IsExported(got) {
			t.Errorf("goName(%q) = %q, not an exported identifier", in, got)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"loginByiOSDeviceId", "login By iOS Device Id"},
		{"GNHashtableNull", "GN Hashtable Null"},
		{"Secret-Key", "Secret Key"},
		{"utf8String", "utf8 String"},
		{"a..b", "a b"},
	}
	for _, tt := range tests {
		if got := strings.Join(words(tt.in), " "); got != tt.want {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIdentsClaim(t *testing.T) {
	n := Idents{}
	if err := n.Claim("BanItem", `type "Generic.BanItem"`); err != nil {
		t.Fatal(err)
	}
	err := n.Claim("BanItem", `type "BanItem"`)
	if err == nil {
		t.Fatal("a second claim of BanItem succeeded")
	}
	for _, want := range []string{`type "Generic.BanItem"`, `type "BanItem"`, "BanItem"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
	if err := n.Claim("", `member "---"`); err == nil {
		t.Error("claiming the empty name succeeded")
	}
}
