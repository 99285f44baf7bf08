package golang

import (
	"testing"

	"github.com/docs2go/docs2go/schema"
)

func TestUsedIn(t *testing.T) {
	for _, c := range []struct {
		name, description string
		want              bool
	}{
		{"username", "Username used in Account.", true},
		{"device", "Device used in ExternalItem. See Device", true},
		{"type", "Type field in AvatarItem.", true},
		{"iOSDeviceId", "iOSDeviceId used in Device.", true},
		{"email", "The email address associated with the player's account.", false},
		{"device", "Account used in ExternalItem. See Account", false},
		{"device", "Device used in ExternalItem. See Device. Absent on the web.", false},
		{"parameters", "Just had data when the returnCode is Ok. See ResponseData", false},
		{"device", "", false},
	} {
		got := usedIn(&schema.Field{Name: c.name, Description: c.description})
		if got != c.want {
			t.Errorf("usedIn(%q, %q) = %v, want %v", c.name, c.description, got, c.want)
		}
	}
}
